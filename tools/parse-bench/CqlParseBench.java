// The peer of `npm run bench:parse`: Apache Cassandra's own CQL parser (the jars `ksmig local`
// runs), timed over the same statements in the same run. bench/parse.ts compiles this file with
// `javac` into ksmig's cache at benchmark time and runs it on Java 17; ksmig never runs it.
//
//   java -cp <classes>:<cassandra lib>/* CqlParseBench <warm-up file> <warm-up passes> <passes> <repeat> <corpus file>...
//
// Each file holds statements separated by NUL characters. Every statement is parsed on its own,
// as Cassandra parses a request: CQLFragmentParser.parseAnyUnhandled(CqlParser::query, text), the
// call QueryProcessor.parseStatement makes (without QueryProcessor's own start-up: its prepared
// statement caches), giving the statement's CQLStatement.Raw. No DatabaseDescriptor set-up is
// needed for parsing.
//
// Cold: the first statement of the first corpus, timed from the JVM's start (class loading
// included); then that whole corpus once. Warm: the warm-up file `warm-up passes` times, then each
// corpus `passes` times, each pass going over the corpus `repeat` times (the JVM counts process CPU
// time in 10 ms ticks, so a pass must be long). Prints one line, `CQL-PARSE-BENCH {json}`: per
// corpus, the process CPU time (all threads, as Node's process.cpuUsage counts) and the wall time
// of one go over it in each pass (ms), and the parse errors.
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.cassandra.cql3.CQLFragmentParser;
import org.apache.cassandra.cql3.CQLStatement;
import org.apache.cassandra.cql3.CqlParser;

public final class CqlParseBench {
    private static final com.sun.management.OperatingSystemMXBean OS =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    /** Keeps results reachable until counted, so no parse can be optimised away. */
    private static int sink;

    private static double cpuMs() {
        return OS.getProcessCpuTime() / 1e6;
    }

    private static double wallMs() {
        return System.nanoTime() / 1e6;
    }

    private static String[] read(String file) throws Exception {
        String text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        for (String s : text.split("\u0000")) if (!s.isEmpty()) out.add(s);
        return out.toArray(new String[0]);
    }

    /** Parses every statement on its own; returns how many failed, keeping the first messages. */
    private static int parseAll(String[] statements, List<String> firstErrors) {
        int errors = 0;
        for (String s : statements) {
            try {
                CQLStatement.Raw raw = CQLFragmentParser.parseAnyUnhandled(CqlParser::query, s);
                sink += raw == null ? 0 : 1;
            } catch (Exception | Error e) {
                errors++;
                if (firstErrors != null && firstErrors.size() < 3) firstErrors.add(e + ": " + s);
            }
        }
        return errors;
    }

    private static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') b.append('\\').append(c);
            else if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        return b.append('"').toString();
    }

    private static String list(List<Double> xs) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < xs.size(); i++) b.append(i > 0 ? "," : "").append(String.format("%.3f", xs.get(i)));
        return b.append(']').toString();
    }

    public static void main(String[] args) throws Exception {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        String[] warm = read(args[0]);
        int warmPasses = Integer.parseInt(args[1]);
        int passes = Integer.parseInt(args[2]);
        int repeat = Integer.parseInt(args[3]);
        List<String[]> corpora = new ArrayList<>();
        for (int i = 4; i < args.length; i++) corpora.add(read(args[i]));

        String[] first = corpora.get(0);
        List<String> errors = new ArrayList<>();
        int errorCount = parseAll(new String[] { first[0] }, errors);
        long firstStatementAt = System.currentTimeMillis();
        double c0 = cpuMs();
        double w0 = wallMs();
        errorCount += parseAll(first, errors);
        double coldCpu = cpuMs() - c0;
        double coldWall = wallMs() - w0;

        for (int p = 0; p < warmPasses; p++) parseAll(warm, null);

        StringBuilder out = new StringBuilder("CQL-PARSE-BENCH {");
        out.append("\"java\":").append(json(System.getProperty("java.version")))
            .append(",\"jvmStartEpochMs\":").append(jvmStart)
            .append(",\"firstStatementEpochMs\":").append(firstStatementAt)
            .append(",\"cold\":{\"cpuMs\":").append(coldCpu).append(",\"wallMs\":").append(coldWall).append('}')
            .append(",\"errors\":").append(errorCount).append(",\"firstErrors\":[");
        for (int i = 0; i < errors.size(); i++) out.append(i > 0 ? "," : "").append(json(errors.get(i)));
        out.append("],\"warm\":[");
        for (int k = 0; k < corpora.size(); k++) {
            String[] corpus = corpora.get(k);
            List<Double> cpu = new ArrayList<>();
            List<Double> wall = new ArrayList<>();
            int failed = 0;
            for (int p = 0; p < passes; p++) {
                double cs = cpuMs();
                double ws = wallMs();
                for (int r = 0; r < repeat; r++) failed = parseAll(corpus, null);
                cpu.add((cpuMs() - cs) / repeat);
                wall.add((wallMs() - ws) / repeat);
            }
            out.append(k > 0 ? "," : "").append("{\"statements\":").append(corpus.length)
                .append(",\"cpuMs\":").append(list(cpu)).append(",\"wallMs\":").append(list(wall))
                .append(",\"errors\":").append(failed).append('}');
        }
        out.append("],\"sink\":").append(sink).append('}');
        System.out.println(out);
        System.exit(0);
    }
}
