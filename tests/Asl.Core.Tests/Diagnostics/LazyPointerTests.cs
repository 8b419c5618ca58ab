using Asl.Diagnostics;

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
}
