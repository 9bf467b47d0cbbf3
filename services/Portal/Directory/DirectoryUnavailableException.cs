namespace Portal.Directory;

/// <summary>
/// The Directory could not answer in time (down, unreachable, overloaded or failing) after the
/// resilience pipeline's retries: the page cannot be built, and the person is told to try later.
/// </summary>
public sealed class DirectoryUnavailableException(string message, Exception? innerException = null)
    : Exception(message, innerException);
