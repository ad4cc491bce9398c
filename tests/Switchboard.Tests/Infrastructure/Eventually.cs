namespace Switchboard.Tests.Infrastructure;

/// <summary>Waits for a condition with a deadline, polling briefly; never a fixed sleep.</summary>
public static class Eventually
{
    public static async Task<T> ReturnsAsync<T>(string what, Func<Task<T?>> probe, TimeSpan? timeout = null)
        where T : class
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            if (await probe() is { } result)
            {
                return result;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting for {what}.");
            }

            await Task.Delay(20);
        }
    }

    public static Task HappensAsync(string what, Func<Task<bool>> probe, TimeSpan? timeout = null) =>
        ReturnsAsync(what, async () => await probe() ? string.Empty : null, timeout);
}
