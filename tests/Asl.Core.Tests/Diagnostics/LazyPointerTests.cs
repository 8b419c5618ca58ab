using Asl.Diagnostics;
using Asl.Json;
using Asl.Model;

namespace Asl.Core.Tests.Diagnostics;

public class LazyPointerTests
{
    [Fact]
    public void A_written_pointer_stays_as_it_is()
    {
        LazyPointer pointer = "/States/A";
        Assert.Equal("/States/A", pointer.Text);
    }

    [Fact]
    public void Children_are_written_as_eager_appends_would_write_them()
    {
        Assert.Equal(JsonPointer.Append("/States/A", "Choices"), LazyPointer.Child("/States/A", "Choices").Text);
        Assert.Equal(JsonPointer.Append("/States/A/Choices", 3), LazyPointer.Child("/States/A/Choices", 3).Text);
    }

    [Fact]
    public void Tokens_that_need_escaping_are_escaped_when_written()
    {
        Assert.Equal("/States/a~1b/x~0y", LazyPointer.Child("/States", "a/b").Member("x~y").Text);
    }

    [Fact]
    public void Any_chain_of_members_and_items_writes_the_same_pointer_as_eager_appends()
    {
        // Two tokens stay pending and a third writes out the first of them: every depth is covered here.
        var lazy = LazyPointer.Child("", "States");
        var eager = JsonPointer.Append("", "States");
        var steps = new object[] { "Choose", "Choices", 0, "And", 1, "Or", 12, "Not", "Variable" };
        foreach (var step in steps)
        {
            (lazy, eager) = step is int index
                ? (lazy.Item(index), JsonPointer.Append(eager, index))
                : (lazy.Member((string)step), JsonPointer.Append(eager, (string)step));
            Assert.Equal(eager, lazy.Text);
            Assert.Equal(eager, lazy.ToString());
        }
        Assert.Equal("/States/Choose/Choices/0/And/1/Or/12/Not/Variable", lazy.Text);
    }

    [Fact]
    public void Members_of_a_written_pointer_extend_it()
    {
        LazyPointer pointer = "/States/A";
        Assert.Equal("/States/A/Parameters/key.$", pointer.Member("Parameters").Member("key.$").Text);
    }

    [Fact]
    public void Chains_longer_than_two_steps_write_the_same_pointer_through_shared_links()
    {
        var shared = LazyPointer.Child("", "States").Member("P").Member("Branches").Shared();
        var first = shared.Item(0).Member("States").Member("A");
        var second = shared.Item(1).Member("States").Member("B");
        Assert.Equal("/States/P/Branches/0/States/A", first.Text);
        Assert.Equal("/States/P/Branches/1/States/B", second.Text);
        Assert.Equal("/States/P/Branches", shared.Text);
    }

    [Fact]
    public void A_pointer_that_starts_at_a_site_writes_the_site_pointer_only_when_asked()
    {
        var machine = AslReader.Read("""
            {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Branches": [
              {"StartAt": "a/b", "States": {"a/b": {"Type": "Pass", "End": true}}}]}}}
            """).Machine!;
        var inner = ModelWalker.States(machine).Single(s => s.Name == "a/b");
        var pointer = LazyPointer.To(inner).Member("Parameters").Member("x.$").Item(2);
        Assert.Equal("/States/P/Branches/0/States/a~1b/Parameters/x.$/2", pointer.Text);
        Assert.Equal("/States/P/Branches/0/States/a~1b", inner.Pointer);
        Assert.Equal("/States/P/Branches/0", LazyPointer.To(inner.Owner).Text);
        Assert.Equal("/States/P/Branches/0/States/a~1b/Next", inner.FieldPointer("Next").Text);
    }
}
