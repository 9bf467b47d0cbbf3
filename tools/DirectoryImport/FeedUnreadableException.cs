namespace DirectoryImport;

/// <summary>The feed could not be read (unreachable, refusing, not ORUK 3.0, not JSON): the import stops and says why.</summary>
public sealed class FeedUnreadableException(string message, Exception? innerException = null) : Exception(message, innerException);
