"""Drives `asl serve` for bench/serve-memory.sh: starts executions and samples the server's resident set size."""
import http.client
import json
import sys
import time
import urllib.parse

url, pid, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
address = urllib.parse.urlparse(url)
connection = http.client.HTTPConnection(address.hostname, address.port, timeout=60)

DEFINITION = json.dumps({
    "StartAt": "Count",
    "States": {
        "Count": {"Type": "Pass", "Parameters": {"n.$": "States.MathAdd($.n, 1)", "items.$": "$.items"}, "Next": "Check"},
        "Check": {"Type": "Choice", "Choices": [{"Variable": "$.n", "NumericGreaterThan": 0, "Next": "Done"}], "Default": "Count"},
        "Done": {"Type": "Succeed"},
    },
})
INPUT = json.dumps({"n": 0, "items": [{"id": i, "name": f"item {i}"} for i in range(10)]})


def call(operation, body):
    payload = json.dumps(body)
    connection.request("POST", "/", payload, {
        "Content-Type": "application/x-amz-json-1.0",
        "X-Amz-Target": "AWSStepFunctions." + operation,
    })
    response = connection.getresponse()
    text = response.read()
    if response.status != 200:
        raise SystemExit(f"{operation} answered {response.status}: {text[:300]!r}")
    return json.loads(text)


def rss_mb():
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise SystemExit("the server is gone")


def wait_until_idle(machine):
    while call("ListExecutions", {"stateMachineArn": machine, "statusFilter": "RUNNING", "maxResults": 1})["executions"]:
        time.sleep(0.05)


def kept(machine):
    """The executions the server still lists, page by page."""
    total, token = 0, None
    while True:
        page = call("ListExecutions", {"stateMachineArn": machine, "maxResults": 1000, **({"nextToken": token} if token else {})})
        total += len(page["executions"])
        token = page.get("nextToken")
        if not token:
            return total


machine = call("CreateStateMachine", {"name": "Counter", "definition": DEFINITION,
                                      "roleArn": "arn:aws:iam::123456789012:role/bench"})["stateMachineArn"]
print(f"executions     RSS (MB)     kept   elapsed (s)")
print(f"{0:>10,}   {rss_mb():>10.1f}   {0:>6,}   {0:>8.1f}")
started = time.monotonic()
step = max(1, count // 10)
for i in range(1, count + 1):
    call("StartExecution", {"stateMachineArn": machine, "input": INPUT})
    if i % step == 0 or i == count:
        wait_until_idle(machine)
        print(f"{i:>10,}   {rss_mb():>10.1f}   {kept(machine):>6,}   {time.monotonic() - started:>8.1f}", flush=True)
