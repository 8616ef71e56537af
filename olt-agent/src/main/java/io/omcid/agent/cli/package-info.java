/** The command line of the olt-agent jar: one picocli command per subcommand. */
package io.omcid.agent.cli;
