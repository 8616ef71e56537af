package io.omcid.agent.channel;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayDeque;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Runs tasks one at a time, in order, on a shared pool: every ONU gets one, so its state changes on one thread at a
 * time and needs no locks, while ONUs never wait on each other.
 */
public final class SerialExecutor implements Executor {

    private static final Logger LOG = LoggerFactory.getLogger(SerialExecutor.class);

    private final Executor pool;
    private final String name;
    private final ArrayDeque<Runnable> tasks = new ArrayDeque<>();
    private boolean running;

    public SerialExecutor(Executor pool, String name) {
        this.pool = pool;
        this.name = name;
    }

    @Override
    public void execute(Runnable task) {
        synchronized (tasks) {
            tasks.add(task);
            if (running) {
                return;
            }
            running = true;
        }
        try {
            pool.execute(this::drain);
        } catch (RejectedExecutionException e) {
            // the daemon is stopping: the pool takes no more work
            synchronized (tasks) {
                tasks.clear();
                running = false;
            }
        }
    }

    private void resubmit() {
        try {
            pool.execute(this::drain);
        } catch (RejectedExecutionException e) {
            tasks.clear();
            running = false;
        }
    }

    private void drain() {
        for (int ran = 0; ; ran++) {
            Runnable task;
            synchronized (tasks) {
                task = tasks.poll();
                if (task == null || ran >= 64) {
                    if (task != null) {
                        tasks.addFirst(task);
                        resubmit();
                    } else {
                        running = false;
                    }
                    return;
                }
            }
            try {
                task.run();
            } catch (RuntimeException | Error e) {
                LOG.error("{}: task failed", name, e);
            }
        }
    }
}
