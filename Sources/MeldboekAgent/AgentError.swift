// What can go wrong in starting or asking the unlock agent: the agent's own errors, which the journal never raises.

/// Why the unlock agent could not be started or asked; the command line says it in the user's language.
public enum AgentError: Error, Equatable, Sendable {
    /// The folder for unlock-agent sockets is a link, someone else's, or open to others.
    case folderUnsafe(path: String)
    /// An agent already holds this vault's key.
    case running
    /// The agent did not answer as it should.
    case unreachable
    /// The agent's socket path is longer than a Unix socket address allows.
    case pathTooLong(path: String)
    /// The agent could not be started, and why.
    case failed(AgentProblem)
}

/// Why the unlock agent could not be started.
public enum AgentProblem: Equatable, Sendable {
    /// The system refused a pipe or the new process (`errno`).
    case system(code: Int32)
    /// The agent did not read the key.
    case keyNotTaken
    /// The agent did not say it listens within the time allowed.
    case noAnswer
    /// The agent ended before it listened.
    case ended
    /// No private folder for the agent's socket could be found or made.
    case noSocketFolder
}
