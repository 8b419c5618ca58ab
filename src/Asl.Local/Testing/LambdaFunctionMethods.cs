using System.Reflection;
using System.Runtime.ExceptionServices;
using System.Text;
using Asl.Json;
using Asl.Local;
using Asl.Local.Json;

namespace Asl.Testing;

/// <summary>
/// The <c>[LambdaFunction]</c> methods of an assembly, bound as the engine's Lambda handlers: each call passes the payload
/// as the JSON stream Lambda's .NET runtime would pass, and reads the returned stream (if any) as the function's result.
/// </summary>
internal static class LambdaFunctionMethods
{
    /// <summary>The <c>[LambdaFunction]</c> methods of <paramref name="assembly"/>, by function name.</summary>
    public static IReadOnlyDictionary<string, MethodInfo> In(Assembly assembly)
    {
        Type?[] types;
        try
        {
            types = assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            types = e.Types;
        }
        var methods = new Dictionary<string, MethodInfo>(StringComparer.Ordinal);
        foreach (var type in types)
        {
            if (type is null) continue;
            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            {
                if (method.GetCustomAttribute<LambdaFunctionAttribute>() is { } function) methods.TryAdd(function.Name, method);
            }
        }
        return methods;
    }

    /// <summary>
    /// A handler that calls <paramref name="method"/>. An instance method's class is created once, with the public
    /// constructor whose parameters <paramref name="services"/> can supply (an <c>IStepFunctionsApi</c> is the harness's
    /// in-process API), else its parameterless one.
    /// </summary>
    public static LambdaHandler Bind(MethodInfo method, IServiceProvider services)
    {
        var parameters = method.GetParameters();
        if (parameters.Length is 0 or > 2 || parameters[0].ParameterType != typeof(Stream))
            throw new InvalidOperationException(
                $"The [LambdaFunction] method {method.DeclaringType?.Name}.{method.Name} must take the event as a Stream (and optionally Lambda's context); it cannot be called locally.");
        object? instance = null;
        var gate = new object();
        return async (invocation, _) =>
        {
            if (!method.IsStatic)
                lock (gate) instance ??= Create(method.DeclaringType!, services);
            using var payload = new MemoryStream(Encoding.UTF8.GetBytes(JsonText.Write(invocation.Payload)));
            var arguments = parameters.Length == 1 ? new object?[] { payload } : new object?[] { payload, null };
            object? returned;
            try
            {
                returned = method.Invoke(instance, arguments);
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                ExceptionDispatchInfo.Capture(e.InnerException).Throw();
                throw;
            }
            if (returned is Task task)
            {
                await task;
                returned = task.GetType().IsGenericType ? task.GetType().GetProperty("Result")!.GetValue(task) : null;
            }
            return returned is Stream stream ? await ReadAsync(stream) : AslJson.Null;
        };
    }

    /// <summary>Creates the function's class with the public constructor that takes the most parameters the services can all give.</summary>
    private static object Create(Type type, IServiceProvider services)
    {
        foreach (var constructor in type.GetConstructors().OrderByDescending(c => c.GetParameters().Length))
        {
            var parameters = constructor.GetParameters();
            var arguments = new object?[parameters.Length];
            var complete = true;
            for (var i = 0; i < parameters.Length && complete; i++)
            {
                arguments[i] = services.GetService(parameters[i].ParameterType);
                if (arguments[i] is null && parameters[i].HasDefaultValue) arguments[i] = parameters[i].DefaultValue;
                else if (arguments[i] is null) complete = false;
            }
            if (complete) return constructor.Invoke(arguments);
        }
        throw new InvalidOperationException(
            $"The [LambdaFunction] class {type.Name} has no public constructor the harness can call: give it a parameterless one, or one whose parameters " +
            "are an IStepFunctionsApi, the LocalEngine, the WorkflowHarness or services of WorkflowHarnessOptions.Services.");
    }

    private static async Task<AslJson> ReadAsync(Stream stream)
    {
        await using (stream)
        {
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var text = await reader.ReadToEndAsync();
            return text.Length == 0 ? AslJson.Null : JsonText.Parse(text);
        }
    }
}
