package org.parley.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parley convert}: placeholder until the writers land. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert a scenario between GENIUS XML, GeniusWeb JSON and parley YAML.")
final class ConvertCommand implements Callable<Integer> {

    @Parameters(arity = "2..*", paramLabel = "FILE", description = "IN... OUT")
    List<Path> files;

    @Option(names = "--to", required = true, paramLabel = "FORMAT", description = "genius, geniusweb or yaml")
    String to;

    @Override
    public Integer call() {
        throw new UnsupportedOperationException("convert is not available yet");
    }
}
