import java.io.FileWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;

/**
 * A Java agent that appends the CPU time of the thread that runs {@code main} (the JVM's own start included) and
 * the JVM's uptime, both in ms, to the file named by {@code -Dagent.out} when the process exits. On an idle
 * machine a run cannot be faster than its main thread's CPU time, so this bounds what an idle wall time would be
 * when the machine it is measured on is busy. Build and use it (README, Start-up):
 * <pre>
 * cd benchmarks/startup && javac MainThreadCpu.java && printf 'Premain-Class: MainThreadCpu\n' > m.txt
 * jar cfm main-thread-cpu.jar m.txt MainThreadCpu*.class
 * NEURITE_JAVA_OPTS="-javaagent:benchmarks/startup/main-thread-cpu.jar -Dagent.out=/tmp/main.txt" ./neurite train
 * </pre>
 */
public final class MainThreadCpu {
    private MainThreadCpu() {
    }

    public static void premain(String args) {
        Thread main = Thread.currentThread();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            long cpu = ManagementFactory.getThreadMXBean().getThreadCpuTime(main.getId());
            long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
            try (FileWriter w = new FileWriter(System.getProperty("agent.out"), true)) {
                w.write(cpu / 1_000_000 + " " + uptime + System.lineSeparator());
            } catch (IOException e) {
                System.err.println("MainThreadCpu: " + e.getMessage());
            }
        }));
    }
}
