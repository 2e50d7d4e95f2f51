package org.procedurecodegraph.neo4j;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.importer.ImportCommand;
import picocli.CommandLine;

/**
 * Runs Neo4j's bulk importer (the engine of {@code neo4j-admin database import full}) into a
 * home folder laid out as the embedded launcher reads it ({@code <home>/data/databases/neo4j}).
 *
 * <p>Usage: {@code java -cp neo4j-embedded.jar org.procedurecodegraph.neo4j.BulkImport --home DIR
 * -- <options of neo4j-admin database import full>}. The options after {@code --} are passed to
 * the importer unchanged; the exit code is the importer's.
 */
public final class BulkImport {
    private BulkImport() {}

    public static void main(String[] args) throws Exception {
        int separator = Arrays.asList(args).indexOf("--");
        if (args.length < 3 || separator != 2 || !"--home".equals(args[0])) {
            System.err.println("usage: BulkImport --home DIR -- <neo4j-admin database import full options>");
            System.exit(2);
        }
        Path home = Path.of(args[1]).toAbsolutePath();
        Path conf = home.resolve("conf");
        Files.createDirectories(conf);
        ExecutionContext context = new ExecutionContext(home, conf);
        String[] importArgs = Arrays.copyOfRange(args, separator + 1, args.length);
        int code = new CommandLine(new ImportCommand.Full(context)).execute(importArgs);
        System.exit(code);
    }
}
