// The Java harness: the only code of ours that runs inside a Java sandbox.
//
// It speaks the protocol of judge/harness/runner.py (frames of a 4-byte big-endian
// length, then UTF-8 JSON; ops load, call, batch, stage, bye) with the JDK alone. The
// container's shell writes this source to /tmp and starts it with java's source-file
// launcher (harness.py); it deletes the file, keeps private streams on fds 0 and 1, and
// points System.in/out/err elsewhere before any solution code runs.
//
// A solution is written as on LeetCode: `class Solution` with the method, a design
// problem's class by its name, a round trip's `Codec`; LeetCode's ListNode, TreeNode and
// Node are provided. It is compiled in memory (javax.tools) with LeetCode's imports, in
// this JVM, and each call runs on a thread with a large stack, on a fresh instance.

import java.io.*;
import java.lang.management.ManagementFactory;
import java.lang.reflect.*;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import javax.tools.*;

public class Harness {
    static final int OUTPUT_LIMIT = 64 * 1024;
    static final int ANSWER_LIMIT = 16 * 1024 * 1024;
    static final int MESSAGE_LIMIT = 2000;
    static final int TRACE_FRAMES = 12;
    static final int MAX_NODES = 2_000_000;
    static final int MAX_ITEMS = 4_000_000;
    static final int REPEAT_MAX = 128;
    static final int LINGER_POLLS = 10;
    static final long GC_SLACK = 16L << 20;
    static final int SPARE_COPIES = 2;
    static final String MARKER = "$judge";
    static final String SCRAMBLED = "(scrambled by the judge)";
    static final long STACK_BYTES = Long.getLong("judge.stack_mb", 256L) << 20; // the call thread's

    // LeetCode's Java compiles a solution with these imports in place; they go on its
    // first line, so that the compiler's line numbers are the solution's own.
    static final String IMPORTS = "import java.util.*;import java.util.function.*;import java.util.stream.*;"
            + "import java.util.concurrent.*;import java.util.concurrent.atomic.*;import java.math.*;"
            + "import java.util.regex.*;import java.io.*;import javafx.util.*;";

    static final String LIST_NODE = "public class ListNode {\n  public int val;\n  public ListNode next;\n"
            + "  public ListNode() {}\n  public ListNode(int val) { this.val = val; }\n"
            + "  public ListNode(int val, ListNode next) { this.val = val; this.next = next; }\n}\n";
    static final String TREE_NODE = "public class TreeNode {\n  public int val;\n  public TreeNode left;\n"
            + "  public TreeNode right;\n  public TreeNode() {}\n  public TreeNode(int val) { this.val = val; }\n"
            + "  public TreeNode(int val, TreeNode left, TreeNode right) {\n"
            + "    this.val = val; this.left = left; this.right = right;\n  }\n}\n";
    static final String GRAPH_NODE = "import java.util.*;\npublic class Node {\n  public int val;\n"
            + "  public List<Node> neighbors;\n  public Node() { val = 0; neighbors = new ArrayList<Node>(); }\n"
            + "  public Node(int _val) { val = _val; neighbors = new ArrayList<Node>(); }\n"
            + "  public Node(int _val, ArrayList<Node> _neighbors) { val = _val; neighbors = _neighbors; }\n}\n";
    static final String RANDOM_NODE = "public class Node {\n  public int val;\n  public Node next;\n"
            + "  public Node random;\n  public Node(int val) { this.val = val; this.next = null; this.random = null; }\n}\n";
    static final String INTERVAL = "public class Interval {\n  public int start, end;\n"
            + "  public Interval(int start, int end) { this.start = start; this.end = end; }\n}\n";
    static final String PAIR = "package javafx.util;\npublic class Pair<K, V> implements java.io.Serializable {\n"
            + "  private final K key; private final V value;\n"
            + "  public Pair(K key, V value) { this.key = key; this.value = value; }\n"
            + "  public K getKey() { return key; }\n  public V getValue() { return value; }\n"
            + "  @Override public String toString() { return key + \"=\" + value; }\n"
            + "  @Override public int hashCode() { return java.util.Objects.hashCode(key) * 13"
            + " + java.util.Objects.hashCode(value); }\n"
            + "  @Override public boolean equals(Object o) {\n    if (this == o) return true;\n"
            + "    if (!(o instanceof Pair)) return false;\n    Pair<?, ?> p = (Pair<?, ?>) o;\n"
            + "    return java.util.Objects.equals(key, p.key) && java.util.Objects.equals(value, p.value);\n  }\n}\n";

    static DataInputStream in;
    static OutputStream out;
    static Capture capture;
    @SuppressWarnings("removal")
    static Guard guard;
    static final long PID = ProcessHandle.current().pid();
    // the call's CPU: its thread's, to the nanosecond (the process's CPU time in Java
    // counts clock ticks of 10 ms); the serial collector and the JIT's threads are the
    // only work beside it, and staging leaves the heap collected (Server.stage)
    static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @SuppressWarnings("removal")
    public static void main(String[] argv) throws Exception {
        try {
            if (argv.length > 0) Files.deleteIfExists(Paths.get(argv[0]));
        } catch (IOException e) {
            // a harness file left in /tmp holds nothing secret
        }
        in = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in), 1 << 16));
        out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
        capture = new Capture();
        PrintStream printer = new PrintStream(capture, true, StandardCharsets.UTF_8);
        System.setOut(printer);
        System.setErr(printer);
        System.setIn(new ByteArrayInputStream(new byte[0]));
        THREADS.getCurrentThreadCpuTime();
        Json.warm();
        guard = new Guard();
        System.setSecurityManager(guard);
        Thread server = new Thread(null, () -> {
            try {
                new Server().serve();
            } catch (Throwable e) {
                guard.leave(3);
            }
            guard.leave(0);
        }, "main", STACK_BYTES);
        server.start();
        server.join();
        guard.leave(0);
    }

    // --- the channel -------------------------------------------------------------------

    static Object receive() throws IOException {
        int n;
        try {
            n = in.readInt();
        } catch (EOFException e) {
            return null;
        }
        byte[] body = new byte[n];
        in.readFully(body);
        return new Json(new String(body, StandardCharsets.UTF_8)).value();
    }

    static void sendText(String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] head = {(byte) (body.length >>> 24), (byte) (body.length >>> 16), (byte) (body.length >>> 8),
                (byte) body.length};
        out.write(head);
        out.write(body);
        out.flush();
    }

    static void send(Map<String, Object> obj) throws IOException {
        sendText(Json.write(obj, ANSWER_LIMIT));
    }

    static Map<String, Object> obj(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }

    static Map<String, Object> marker(String kind, String detail) {
        return obj(MARKER, kind, "detail", detail);
    }

    // --- what the solution prints ---------------------------------------------------------

    static final class Capture extends OutputStream {
        private byte[] buf = new byte[OUTPUT_LIMIT];
        private int kept;
        private long total;

        @Override
        public synchronized void write(int b) {
            total++;
            if (kept < OUTPUT_LIMIT) buf[kept++] = (byte) b;
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            total += len;
            int room = Math.min(len, OUTPUT_LIMIT - kept);
            if (room > 0) {
                System.arraycopy(b, off, buf, kept, room);
                kept += room;
            }
        }

        synchronized Object[] take() {
            String text = new String(buf, 0, kept, StandardCharsets.UTF_8);
            Object[] got = {text, total};
            kept = 0;
            total = 0;
            return got;
        }

        synchronized void reset() {
            kept = 0;
            total = 0;
        }
    }

    // --- what a solution may not do ------------------------------------------------------------

    // System.exit is an exception (LeetCode's Java shows it as a runtime error, and it
    // must not end the sandbox); the real fds 0-2 and running programs are refused.
    @SuppressWarnings("removal")
    static final class Guard extends SecurityManager {
        private volatile boolean leaving;

        void leave(int status) {
            leaving = true;
            Runtime.getRuntime().halt(status);
        }

        @Override
        public void checkPermission(java.security.Permission perm) {}

        @Override
        public void checkPermission(java.security.Permission perm, Object context) {}

        @Override
        public void checkExit(int status) {
            if (!leaving) throw new SecurityException("System.exit(" + status + ") was called");
        }

        @Override
        public void checkExec(String cmd) {
            throw new SecurityException("running a program (" + cmd + ") is not allowed");
        }

        @Override
        public void checkRead(FileDescriptor fd) {
            throw new SecurityException("the judge's channel is not the solution's to read");
        }

        @Override
        public void checkWrite(FileDescriptor fd) {
            throw new SecurityException("the judge's channel is not the solution's to write: print with System.out");
        }

    }

    // --- compiling ----------------------------------------------------------------------------

    static final class Source extends SimpleJavaFileObject {
        final String text;

        Source(String name, String text) {
            super(URI.create("string:///" + name.replace('.', '/') + ".java"), Kind.SOURCE);
            this.text = text;
        }

        @Override
        public CharSequence getCharContent(boolean ignore) {
            return text;
        }
    }

    static final class Output extends SimpleJavaFileObject {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        Output(String name) {
            super(URI.create("bytes:///" + name.replace('.', '/') + ".class"), Kind.CLASS);
        }

        @Override
        public OutputStream openOutputStream() {
            return bytes;
        }
    }

    static final class Loader extends ClassLoader {
        final Map<String, byte[]> classes;

        Loader(Map<String, byte[]> classes) {
            super(ClassLoader.getPlatformClassLoader());
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] b = classes.get(name);
            if (b == null) throw new ClassNotFoundException(name);
            return defineClass(name, b, 0, b.length);
        }
    }

    static final class CompileError extends Exception {
        CompileError(String message) {
            super(message);
        }
    }

    // Compiles the solution with the node classes it may use; on a name the solution
    // declares itself (its own ListNode), or a public class named otherwise, once more.
    static Map<String, byte[]> compile(String source, String[] named, Map<String, String> provided)
            throws CompileError {
        String fileName = named[0];
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        for (int attempt = 0; ; attempt++) {
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            Map<String, Output> outputs = new HashMap<>();
            StandardJavaFileManager standard = compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8);
            JavaFileManager manager = new ForwardingJavaFileManager<StandardJavaFileManager>(standard) {
                @Override
                public JavaFileObject getJavaFileForOutput(Location location, String name, JavaFileObject.Kind kind,
                        FileObject sibling) {
                    Output o = new Output(name);
                    outputs.put(name, o);
                    return o;
                }
            };
            String base = fileName.substring(0, fileName.length() - ".java".length());
            List<JavaFileObject> units = new ArrayList<>();
            units.add(new Source(base, IMPORTS + source));
            for (Map.Entry<String, String> e : provided.entrySet()) units.add(new Source(e.getKey(), e.getValue()));
            List<String> options = List.of("-proc:none", "-g:source,lines", "-nowarn", "-Xlint:none", "-encoding", "UTF-8");
            boolean ok = compiler.getTask(null, manager, diagnostics, options, null, units).call();
            if (ok) {
                Map<String, byte[]> classes = new HashMap<>();
                for (Map.Entry<String, Output> e : outputs.entrySet()) classes.put(e.getKey(), e.getValue().bytes.toByteArray());
                named[0] = fileName;
                return classes;
            }
            if (attempt < 3) {
                boolean retry = false;
                for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                    if (d.getKind() != Diagnostic.Kind.ERROR) continue;
                    String code = d.getCode();
                    String msg = d.getMessage(Locale.ROOT);
                    if ("compiler.err.duplicate.class".equals(code)) {
                        for (String name : new ArrayList<>(provided.keySet())) {
                            if (msg.endsWith(" " + name) || msg.endsWith("." + name)) {
                                provided.remove(name);
                                retry = true;
                            }
                        }
                    } else if ("compiler.err.class.public.should.be.in.file".equals(code) && d.getSource() != null
                            && d.getSource().getName().endsWith(fileName)) {
                        java.util.regex.Matcher m = java.util.regex.Pattern.compile("class (\\w+) is public").matcher(msg);
                        if (m.find()) {
                            fileName = m.group(1) + ".java";
                            retry = true;
                        }
                    }
                }
                if (retry) continue;
            }
            throw new CompileError(describeDiagnostics(diagnostics, source, fileName));
        }
    }

    static String describeDiagnostics(DiagnosticCollector<JavaFileObject> diagnostics, String source, String fileName) {
        String[] lines = source.split("\n", -1);
        StringBuilder sb = new StringBuilder();
        int errors = 0;
        long first = -1;
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() != Diagnostic.Kind.ERROR) continue;
            errors++;
            long line = d.getLineNumber();
            boolean ours = d.getSource() != null && d.getSource().getName().endsWith("/" + fileName);
            String where = d.getSource() == null ? "" : d.getSource().getName().replaceFirst("^/", "");
            if (errors > 10) continue;
            String[] msg = d.getMessage(Locale.ROOT).split("\n", 2);
            sb.append(where).append(line > 0 ? ":" + line : "").append(": error: ").append(msg[0]).append('\n');
            if (ours && line > 0 && line <= lines.length) {
                if (first < 0) first = line;
                String text = lines[(int) line - 1].replace("\r", "");
                long column = d.getColumnNumber();
                if (line == 1) column -= IMPORTS.length();
                sb.append(text).append('\n');
                if (column > 0 && column <= text.length() + 1) {
                    StringBuilder caret = new StringBuilder();
                    for (int i = 1; i < column; i++) caret.append(text.charAt(i - 1) == '\t' ? '\t' : ' ');
                    sb.append(caret).append("^\n");
                }
            }
            if (msg.length > 1) sb.append(msg[1]).append('\n');
        }
        sb.append(errors).append(errors == 1 ? " error" : " errors");
        if (first > 0) sb.append(" (line ").append(first).append(')');
        return cut(sb.toString(), 4 * MESSAGE_LIMIT);
    }

    // --- errors -----------------------------------------------------------------------------

    static String cut(String text, int limit) {
        return text.length() <= limit ? text
                : text.substring(0, limit) + "... (" + (text.length() - limit) + " more characters)";
    }

    static Throwable unwrap(Throwable e) {
        while ((e instanceof InvocationTargetException || e instanceof ExceptionInInitializerError) && e.getCause() != null)
            e = e.getCause();
        return e;
    }

    static Map<String, Object> describe(Throwable e, String fileName) {
        e = unwrap(e);
        String name = e.getClass().getName();
        String message;
        try {
            message = e.getMessage() == null ? "" : cut(String.valueOf(e.getMessage()), MESSAGE_LIMIT);
        } catch (Throwable t) {
            message = "(the exception's message could not be printed)";
        }
        String type = e instanceof StackOverflowError ? "RecursionError"
                : e instanceof OutOfMemoryError ? "MemoryError" : e.getClass().getSimpleName();
        StringBuilder trace = new StringBuilder(name).append(message.isEmpty() ? "" : ": " + message);
        int shown = 0;
        int more = 0;
        try {
            for (StackTraceElement f : e.getStackTrace()) {
                if (!fileName.equals(f.getFileName())) continue;
                if (shown < TRACE_FRAMES) {
                    trace.append("\n\tat ").append(f.getClassName()).append('.').append(f.getMethodName()).append('(')
                            .append(f.getFileName()).append(':').append(f.getLineNumber()).append(')');
                    shown++;
                } else more++;
            }
        } catch (Throwable t) {
            // a stack too deep to walk: the message says enough
        }
        if (more > 0) trace.append("\n\t... ").append(more).append(" more frames of the solution");
        if (e instanceof StackOverflowError && message.isEmpty()) message = "the stack overflowed (recursion too deep)";
        if (e instanceof OutOfMemoryError) message = "out of memory (" + message + ")";
        return obj("type", type, "message", message, "traceback", trace.toString());
    }

    // --- LeetCode's nodes, by reflection (a solution may bring its own classes) ---------------------

    static final class Kit {
        final Class<?> cls;
        final Map<String, Field> fields = new HashMap<>();
        final Constructor<?> empty;
        final Constructor<?> ofInt;

        Kit(Class<?> cls) {
            this.cls = cls;
            Constructor<?> e = null, i = null;
            for (Constructor<?> c : cls.getDeclaredConstructors()) {
                Class<?>[] p = c.getParameterTypes();
                if (p.length == 0) e = c;
                if (p.length == 1 && p[0] == int.class) i = c;
            }
            if (e != null) e.setAccessible(true);
            if (i != null) i.setAccessible(true);
            this.empty = e;
            this.ofInt = i;
        }

        Field field(String name) {
            return fields.computeIfAbsent(name, n -> {
                for (Class<?> c = cls; c != null; c = c.getSuperclass()) {
                    try {
                        Field f = c.getDeclaredField(n);
                        f.setAccessible(true);
                        return f;
                    } catch (NoSuchFieldException ignored) {
                        // a superclass may have it
                    }
                }
                return null;
            });
        }

        Object make(int val) throws Exception {
            Object o = ofInt != null ? ofInt.newInstance(val) : empty.newInstance();
            set(o, "val", val);
            return o;
        }

        void set(Object o, String name, Object value) throws Exception {
            Field f = field(name);
            if (f == null) throw new IllegalStateException(cls.getName() + " has no field " + name);
            if (f.getType() == int.class) f.setInt(o, ((Number) value).intValue());
            else f.set(o, value);
        }
    }

    static final Map<Class<?>, Kit> KITS = new HashMap<>();

    static Kit kit(Class<?> cls) {
        return KITS.computeIfAbsent(cls, Kit::new);
    }

    static Object get(Object o, String name) {
        if (o == null) return null;
        Field f = kit(o.getClass()).field(name);
        if (f == null) return null;
        try {
            return f.get(o);
        } catch (IllegalAccessException e) {
            return null;
        }
    }

    // --- the judged program -----------------------------------------------------------------------

    static final class Program {
        final Map<String, Object> spec;
        final String fileName;
        final Map<String, byte[]> bytes;
        final Loader loader;
        final String kind;
        Class<?> entryClass;
        Method method; // a function's method, or a round trip's encode
        Method decode;

        Program(Map<String, Object> spec, String fileName, Map<String, byte[]> bytes) {
            this.spec = spec;
            this.fileName = fileName;
            this.bytes = bytes;
            this.loader = new Loader(bytes);
            this.kind = str(spec.get("kind"), "function");
        }

        Class<?> find(String name) {
            if (name == null) return null;
            try {
                return Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                return null;
            }
        }

        Kit nodeKit(String name) {
            Class<?> c = find(name);
            if (c == null) throw new IllegalStateException("no class " + name + " to build the input with");
            return kit(c);
        }
    }

    static String str(Object o, String fallback) {
        return o instanceof String ? (String) o : fallback;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> params(Map<String, Object> spec) {
        return (List<Map<String, Object>>) (List<?>) spec.get("params");
    }

    static Method methodNamed(Class<?> cls, String name, int arity) {
        Method found = null;
        for (Class<?> c = cls; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (!m.getName().equals(name) || m.isSynthetic() || m.isBridge()) continue;
                if (arity < 0 || m.getParameterCount() == arity) {
                    if (found == null || (Modifier.isPublic(m.getModifiers()) && !Modifier.isPublic(found.getModifiers())))
                        found = m;
                }
            }
            if (found != null) break;
        }
        if (found != null) found.setAccessible(true);
        return found;
    }

    static final Map<Class<?>, Constructor<?>> CONSTRUCTORS = new HashMap<>();

    // A new instance by the class's constructor without arguments (found once: a lookup
    // on every call would add microseconds to calls that take less)
    static Object instance(Class<?> cls) throws Throwable {
        Constructor<?> c = CONSTRUCTORS.get(cls);
        if (c == null) {
            c = cls.getDeclaredConstructor();
            c.setAccessible(true);
            CONSTRUCTORS.put(cls, c);
        }
        try {
            return c.newInstance();
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    // --- building arguments ----------------------------------------------------------------------

    static final class Built {
        Object[] positional;
        Map<String, Object> byName = new HashMap<>();
        Set<Object> originals; // graph nodes, identity
        List<Object> originalNodes; // random list nodes
        List<?> originalPairs;
        Plan plan; // a design problem's operations, resolved and converted
    }

    // A design problem's calls, ready before the timed region: the constructor and each
    // method found by name and arity, the arguments converted to their declared types.
    static final class Plan {
        Constructor<?> ctor;
        Object[] ctorArgs;
        Method[] methods;
        Object[][] args;
        boolean[] none; // the method returns None in the problem: its answer is null
        Throwable problem; // what stops the calls (no such method), thrown at its turn
        int problemAt;
    }

    static Plan plan(Program p, List<?> operations, List<?> arguments) {
        Plan plan = new Plan();
        int n = operations.size();
        plan.methods = new Method[n];
        plan.args = new Object[n][];
        plan.none = new boolean[n];
        plan.problemAt = n;
        @SuppressWarnings("unchecked")
        Map<String, Object> returns = (Map<String, Object>) p.spec.get("method_returns");
        List<?> first = arguments.isEmpty() ? List.of() : (List<?>) orEmpty(arguments.get(0));
        for (Constructor<?> c : p.entryClass.getDeclaredConstructors()) if (c.getParameterCount() == first.size()) plan.ctor = c;
        if (plan.ctor == null) {
            plan.problem = new NoSuchMethodException(p.entryClass.getName() + " has no constructor of " + first.size() + " arguments");
            plan.problemAt = 0;
            return plan;
        }
        plan.ctor.setAccessible(true);
        plan.ctorArgs = convertAll(first, plan.ctor.getGenericParameterTypes());
        Map<String, Method> found = new HashMap<>();
        for (int i = 1; i < n; i++) {
            String name = (String) operations.get(i);
            List<?> argv = i < arguments.size() ? (List<?>) orEmpty(arguments.get(i)) : List.of();
            Method m = found.computeIfAbsent(name + "/" + argv.size(), k -> methodNamed(p.entryClass, name, argv.size()));
            if (m == null) {
                plan.problem = new NoSuchMethodException(p.entryClass.getName() + " has no method " + name + " of "
                        + argv.size() + " arguments");
                plan.problemAt = i;
                return plan;
            }
            plan.methods[i] = m;
            plan.args[i] = convertAll(argv, m.getGenericParameterTypes());
            plan.none[i] = returns != null && "None".equals(returns.get(name));
        }
        return plan;
    }

    static Object[] convertAll(List<?> values, Type[] types) {
        Object[] out = new Object[types.length];
        for (int i = 0; i < types.length; i++) out[i] = convert(i < values.size() ? values.get(i) : null, types[i], null);
        return out;
    }

    static Built prepare(Program p, Map<String, Object> args) throws Exception {
        Built b = new Built();
        List<Map<String, Object>> ps = params(p.spec);
        List<Object> positional = new ArrayList<>();
        Type[] types = p.method == null ? new Type[0] : p.method.getGenericParameterTypes();
        int k = 0;
        for (Map<String, Object> param : ps) {
            String name = (String) param.get("name");
            String codec = str(param.get("type"), "");
            boolean passed = !Boolean.FALSE.equals(param.get("passed"));
            Type type = passed && k < types.length ? types[k] : Object.class;
            Object value = args.get(name);
            Object built;
            switch (codec) {
                case "ListNode": {
                    String cycle = str(param.get("cycle"), null);
                    long pos = cycle != null && args.get(cycle) instanceof Number ? ((Number) args.get(cycle)).longValue() : -1;
                    built = buildList(p, (List<?>) orEmpty(value), pos);
                    break;
                }
                case "ListNode[]": {
                    List<Object> lists = new ArrayList<>();
                    for (Object v : (List<?>) orEmpty(value)) lists.add(buildList(p, (List<?>) orEmpty(v), -1));
                    built = pack(lists, type, p.nodeKit("ListNode").cls);
                    break;
                }
                case "TreeNode":
                    built = buildTree(p, (List<?>) orEmpty(value));
                    break;
                case "TreeNodeRef":
                    built = findTreeNode(b.byName.get(str(param.get("of"), "")), value);
                    break;
                case "GraphNode": {
                    built = buildGraph(p, (List<?>) orEmpty(value));
                    Set<Object> originals = Collections.newSetFromMap(new IdentityHashMap<>());
                    originals.addAll(graphNodes(built));
                    b.originals = originals;
                    break;
                }
                case "RandomList": {
                    List<Object> nodes = new ArrayList<>();
                    built = buildRandomList(p, (List<?>) orEmpty(value), nodes);
                    b.originalNodes = nodes;
                    b.originalPairs = (List<?>) orEmpty(value);
                    break;
                }
                case "Interval[]": {
                    Class<?> interval = p.find("Interval");
                    built = convert(value, type, interval);
                    break;
                }
                default:
                    built = convert(value, type, null);
            }
            b.byName.put(name, built);
            if (passed) {
                positional.add(built);
                k++;
            }
        }
        b.positional = positional.toArray();
        if (p.kind.equals("design")) b.plan = plan(p, (List<?>) b.positional[0], (List<?>) b.positional[1]);
        return b;
    }

    static Object orEmpty(Object v) {
        return v == null ? List.of() : v;
    }

    static Object pack(List<Object> items, Type type, Class<?> element) {
        Class<?> raw = rawClass(type);
        if (raw != null && raw.isArray()) {
            Object arr = Array.newInstance(raw.getComponentType(), items.size());
            for (int i = 0; i < items.size(); i++) Array.set(arr, i, items.get(i));
            return arr;
        }
        return new ArrayList<>(items);
    }

    static Object buildList(Program p, List<?> values, long cyclePos) throws Exception {
        Kit k = p.nodeKit("ListNode");
        Object head = null, tail = null;
        List<Object> nodes = cyclePos >= 0 ? new ArrayList<>() : null;
        for (Object v : values) {
            Object node = k.make(((Number) v).intValue());
            if (nodes != null) nodes.add(node);
            if (tail == null) head = node;
            else k.set(tail, "next", node);
            tail = node;
        }
        if (nodes != null && cyclePos < nodes.size()) k.set(tail, "next", nodes.get((int) cyclePos));
        return head;
    }

    static Object buildTree(Program p, List<?> values) throws Exception {
        if (values.isEmpty() || values.get(0) == null) return null;
        Kit k = p.nodeKit("TreeNode");
        Object root = k.make(((Number) values.get(0)).intValue());
        ArrayDeque<Object> queue = new ArrayDeque<>();
        queue.add(root);
        int i = 1;
        while (!queue.isEmpty() && i < values.size()) {
            Object node = queue.poll();
            for (String side : new String[] {"left", "right"}) {
                if (i < values.size() && values.get(i) != null) {
                    Object child = k.make(((Number) values.get(i)).intValue());
                    k.set(node, side, child);
                    queue.add(child);
                }
                i++;
            }
        }
        return root;
    }

    static Object findTreeNode(Object root, Object val) {
        if (!(val instanceof Number)) return null;
        int want = ((Number) val).intValue();
        ArrayDeque<Object> stack = new ArrayDeque<>();
        if (root != null) stack.push(root);
        while (!stack.isEmpty()) {
            Object node = stack.pop();
            if (((Number) get(node, "val")).intValue() == want) return node;
            Object l = get(node, "left"), r = get(node, "right");
            if (l != null) stack.push(l);
            if (r != null) stack.push(r);
        }
        return null;
    }

    static Object buildGraph(Program p, List<?> adjacency) throws Exception {
        if (adjacency.isEmpty()) return null;
        Kit k = p.nodeKit("Node");
        List<Object> nodes = new ArrayList<>();
        for (int i = 0; i < adjacency.size(); i++) nodes.add(k.make(i + 1));
        for (int i = 0; i < adjacency.size(); i++) {
            ArrayList<Object> neighbours = new ArrayList<>();
            for (Object j : (List<?>) adjacency.get(i)) neighbours.add(nodes.get(((Number) j).intValue() - 1));
            k.set(nodes.get(i), "neighbors", neighbours);
        }
        return nodes.get(0);
    }

    static Object buildRandomList(Program p, List<?> pairs, List<Object> nodes) throws Exception {
        Kit k = p.nodeKit("Node");
        for (Object pair : pairs) nodes.add(k.make(((Number) ((List<?>) pair).get(0)).intValue()));
        for (int i = 0; i < nodes.size(); i++) {
            Object target = ((List<?>) pairs.get(i)).get(1);
            k.set(nodes.get(i), "next", i + 1 < nodes.size() ? nodes.get(i + 1) : null);
            k.set(nodes.get(i), "random", target == null ? null : nodes.get(((Number) target).intValue()));
        }
        return nodes.isEmpty() ? null : nodes.get(0);
    }

    static Class<?> rawClass(Type t) {
        if (t instanceof Class) return (Class<?>) t;
        if (t instanceof ParameterizedType) return (Class<?>) ((ParameterizedType) t).getRawType();
        if (t instanceof GenericArrayType) {
            Class<?> c = rawClass(((GenericArrayType) t).getGenericComponentType());
            return c == null ? null : Array.newInstance(c, 0).getClass();
        }
        if (t instanceof WildcardType) return rawClass(((WildcardType) t).getUpperBounds()[0]);
        return null;
    }

    static Type elementType(Type t) {
        if (t instanceof ParameterizedType) {
            Type[] a = ((ParameterizedType) t).getActualTypeArguments();
            if (a.length == 1) return a[0] instanceof WildcardType ? ((WildcardType) a[0]).getUpperBounds()[0] : a[0];
        }
        if (t instanceof GenericArrayType) return ((GenericArrayType) t).getGenericComponentType();
        if (t instanceof Class && ((Class<?>) t).isArray()) return ((Class<?>) t).getComponentType();
        return Object.class;
    }

    // A JSON value as the Java type the solution declares.
    static Object convert(Object v, Type type, Class<?> interval) {
        Class<?> c = rawClass(type);
        if (c == null || c == Object.class) return loose(v);
        if (v == null) return c.isPrimitive() ? convert(0L, type, interval) : null;
        if (c == int.class || c == Integer.class) return ((Number) v).intValue();
        if (c == long.class || c == Long.class) return ((Number) v).longValue();
        if (c == double.class || c == Double.class) return ((Number) v).doubleValue();
        if (c == float.class || c == Float.class) return ((Number) v).floatValue();
        if (c == short.class || c == Short.class) return ((Number) v).shortValue();
        if (c == byte.class || c == Byte.class) return ((Number) v).byteValue();
        if (c == boolean.class || c == Boolean.class) return v;
        if (c == char.class || c == Character.class) return v instanceof String ? ((String) v).charAt(0) : (char) ((Number) v).intValue();
        if (c == String.class) return v instanceof String ? v : String.valueOf(v);
        if (c == BigInteger.class) return v instanceof BigInteger ? v : BigInteger.valueOf(((Number) v).longValue());
        if (interval != null && c == interval) {
            List<?> pair = (List<?>) v;
            try {
                Constructor<?> ctor = interval.getDeclaredConstructor(int.class, int.class);
                ctor.setAccessible(true);
                return ctor.newInstance(((Number) pair.get(0)).intValue(), ((Number) pair.get(1)).intValue());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("an Interval cannot be made: " + e);
            }
        }
        if (c.isArray()) {
            Class<?> comp = c.getComponentType();
            if (comp == char.class && v instanceof String) return ((String) v).toCharArray();
            List<?> list = (List<?>) v;
            int n = list.size();
            if (comp == int.class) {
                int[] a = new int[n];
                for (int i = 0; i < n; i++) a[i] = ((Number) list.get(i)).intValue();
                return a;
            }
            if (comp == char.class) {
                char[] a = new char[n];
                for (int i = 0; i < n; i++) a[i] = ((String) list.get(i)).charAt(0);
                return a;
            }
            if (comp == long.class) {
                long[] a = new long[n];
                for (int i = 0; i < n; i++) a[i] = ((Number) list.get(i)).longValue();
                return a;
            }
            if (comp == double.class) {
                double[] a = new double[n];
                for (int i = 0; i < n; i++) a[i] = ((Number) list.get(i)).doubleValue();
                return a;
            }
            Type ct = elementType(type);
            Object a = Array.newInstance(comp, n);
            for (int i = 0; i < n; i++) Array.set(a, i, convert(list.get(i), ct, interval));
            return a;
        }
        if (Iterable.class.isAssignableFrom(c) || c == Collection.class) {
            Type et = elementType(type);
            Collection<Object> out;
            if (c.isAssignableFrom(ArrayList.class)) out = new ArrayList<>();
            else if (c.isAssignableFrom(LinkedList.class)) out = new LinkedList<>();
            else if (c.isAssignableFrom(HashSet.class)) out = new HashSet<>();
            else if (c.isAssignableFrom(ArrayDeque.class)) out = new ArrayDeque<>();
            else if (c.isAssignableFrom(TreeSet.class)) out = new TreeSet<>();
            else throw new IllegalStateException("the Java harness cannot pass a " + type.getTypeName());
            for (Object item : (List<?>) v) out.add(convert(item, et, interval));
            return out;
        }
        throw new IllegalStateException("the Java harness cannot pass a " + type.getTypeName());
    }

    static Object loose(Object v) {
        if (v instanceof Long) {
            long x = (Long) v;
            return x == (int) x ? (Object) (int) x : v;
        }
        if (v instanceof List) {
            List<Object> out = new ArrayList<>();
            for (Object o : (List<?>) v) out.add(loose(o));
            return out;
        }
        return v;
    }

    // --- reading answers ----------------------------------------------------------------------

    static final class NotPlain extends Exception {
        NotPlain(String m) {
            super(m);
        }
    }

    static boolean named(Object x, String cls) {
        return x != null && x.getClass().getName().equals(cls);
    }

    static Object dumpList(Object head) {
        List<Object> out = new ArrayList<>();
        Object node = head, slow = head;
        while (node != null) {
            if (out.size() >= MAX_NODES) return marker("cycle", "a list that goes on past " + MAX_NODES + " nodes");
            out.add(plainNumber(get(node, "val")));
            node = get(node, "next");
            if (out.size() % 2 == 0) slow = get(slow, "next");
            if (node != null && node == slow) return marker("cycle", "a list with a cycle (it reaches a node twice)");
        }
        return out;
    }

    static Object plainNumber(Object v) {
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) return ((Number) v).longValue();
        return v;
    }

    static Object dumpTree(Object root) {
        List<Object> out = new ArrayList<>();
        if (root == null) return out;
        ArrayList<Object> queue = new ArrayList<>();
        queue.add(root);
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int q = 0; q < queue.size(); q++) {
            Object node = queue.get(q);
            if (node == null) {
                out.add(null);
                continue;
            }
            if (!seen.add(node) || seen.size() > MAX_NODES) return marker("cycle", "a tree that reaches a node twice: it has a cycle");
            out.add(plainNumber(get(node, "val")));
            queue.add(get(node, "left"));
            queue.add(get(node, "right"));
        }
        while (!out.isEmpty() && out.get(out.size() - 1) == null) out.remove(out.size() - 1);
        return out;
    }

    static List<Object> graphNodes(Object start) {
        List<Object> nodes = new ArrayList<>();
        if (start == null) return nodes;
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        ArrayDeque<Object> stack = new ArrayDeque<>();
        seen.add(start);
        stack.push(start);
        nodes.add(start);
        while (!stack.isEmpty()) {
            Object node = stack.pop();
            Object ns = get(node, "neighbors");
            if (ns == null) continue;
            for (Object n : (Iterable<?>) ns) {
                if (n != null && seen.add(n)) {
                    if (seen.size() > MAX_NODES) throw new IllegalStateException("the graph has too many nodes");
                    nodes.add(n);
                    stack.push(n);
                }
            }
        }
        nodes.sort(Comparator.comparingInt(n -> ((Number) get(n, "val")).intValue()));
        return nodes;
    }

    static Object dumpGraph(Object start, Set<Object> originals) {
        List<Object> nodes = graphNodes(start);
        for (Object n : nodes) {
            if (originals != null && originals.contains(n))
                return marker("shared", "a graph that shares nodes with the input: it is not a copy");
        }
        List<Object> out = new ArrayList<>();
        for (Object node : nodes) {
            List<Long> vals = new ArrayList<>();
            Object ns = get(node, "neighbors");
            if (ns != null) for (Object n : (Iterable<?>) ns) vals.add(((Number) get(n, "val")).longValue());
            Collections.sort(vals);
            out.add(new ArrayList<Object>(vals));
        }
        return out;
    }

    static Object dumpRandomList(Object head, Built built) {
        IdentityHashMap<Object, Integer> index = new IdentityHashMap<>();
        List<Object> order = new ArrayList<>();
        for (Object node = head; node != null; node = get(node, "next")) {
            if (index.containsKey(node)) return marker("cycle", "a list with a cycle (it reaches a node twice)");
            if (index.size() >= MAX_NODES) return marker("cycle", "a list that goes on past " + MAX_NODES + " nodes");
            index.put(node, index.size());
            order.add(node);
        }
        List<Object> nodes = built == null || built.originalNodes == null ? List.of() : built.originalNodes;
        List<?> pairs = built == null || built.originalPairs == null ? List.of() : built.originalPairs;
        Set<Object> inputs = Collections.newSetFromMap(new IdentityHashMap<>());
        inputs.addAll(nodes);
        for (Object node : order) {
            if (inputs.contains(node))
                return marker("shared", "a list that shares nodes with the input: a deep copy is made of new nodes");
        }
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            Object node = order.get(i);
            Object target = get(node, "random");
            if (target != null && !index.containsKey(target)) {
                boolean shared = inputs.contains(target);
                String where = shared ? "points into the input list" : "points to a node that is not in the returned list";
                return marker(shared ? "shared" : "outside", "a copy whose node " + i + "'s random pointer " + where);
            }
            List<Object> pair = new ArrayList<>();
            pair.add(plainNumber(get(node, "val")));
            pair.add(target == null ? null : (long) index.get(target));
            out.add(pair);
        }
        for (int i = 0; i < nodes.size(); i++) {
            List<?> pair = (List<?>) pairs.get(i);
            Object after = i + 1 < nodes.size() ? nodes.get(i + 1) : null;
            Object random = pair.get(1) == null ? null : nodes.get(((Number) pair.get(1)).intValue());
            Object val = get(nodes.get(i), "val");
            if (get(nodes.get(i), "next") != after || get(nodes.get(i), "random") != random
                    || ((Number) val).longValue() != ((Number) pair.get(0)).longValue()) {
                return marker("changed", "a copy, but it changed the input list (its node " + i + ", value " + pair.get(0)
                        + "): leave the input as given");
            }
        }
        return out;
    }

    // Plain JSON data from a Java value: numbers, strings, booleans, null, lists, maps.
    static Object plain(Object x, int[] budget) throws NotPlain {
        if (--budget[0] < 0) throw new NotPlain("the answer has more than " + MAX_ITEMS + " elements");
        if (x == null) return null;
        if (x instanceof Integer || x instanceof Long || x instanceof Short || x instanceof Byte) return ((Number) x).longValue();
        if (x instanceof Double || x instanceof Float) return ((Number) x).doubleValue();
        if (x instanceof Boolean || x instanceof String) return x;
        if (x instanceof Character) return String.valueOf(x);
        if (x instanceof BigInteger) return x;
        Class<?> c = x.getClass();
        if (c.isArray()) {
            int n = Array.getLength(x);
            List<Object> out = new ArrayList<>(n);
            if (x instanceof int[]) {
                budget[0] -= n;
                for (int v : (int[]) x) out.add((long) v);
                return out;
            }
            for (int i = 0; i < n; i++) out.add(plain(Array.get(x, i), budget));
            return out;
        }
        if (x instanceof Iterable) {
            List<Object> out = new ArrayList<>();
            for (Object v : (Iterable<?>) x) out.add(plain(v, budget));
            return out;
        }
        if (x instanceof Map) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) x).entrySet()) {
                if (!(e.getKey() instanceof String)) throw new NotPlain("a map key of type " + typeName(e.getKey()));
                out.put((String) e.getKey(), plain(e.getValue(), budget));
            }
            return out;
        }
        if (named(x, "ListNode")) return dumpList(x);
        if (named(x, "TreeNode")) return dumpTree(x);
        throw new NotPlain("a value of type " + typeName(x));
    }

    static String typeName(Object x) {
        return x == null ? "null" : x.getClass().getName();
    }

    static Object dump(String kind, Object value, Built built) throws NotPlain {
        switch (kind) {
            case "ListNode":
                return dumpList(value);
            case "ListNode[]": {
                if (value == null) return null;
                List<Object> out = new ArrayList<>();
                Iterable<?> items = value instanceof Object[] ? Arrays.asList((Object[]) value) : (Iterable<?>) value;
                for (Object v : items) out.add(dumpList(v));
                return out;
            }
            case "TreeNode":
                return dumpTree(value);
            case "TreeNodeRef":
                return value == null ? null : plainNumber(get(value, "val"));
            case "GraphNode":
                return dumpGraph(value, built == null ? null : built.originals);
            case "RandomList":
                return dumpRandomList(value, built);
            default:
                return plain(value, new int[] {MAX_ITEMS});
        }
    }

    // --- calling -----------------------------------------------------------------------------

    static final class Trip {
        Object answer;
        String token;
        List<Object> parts;
        String refused;
    }

    static final class Server {
        Program program;
        boolean alone;
        Set<Thread> baseline = new HashSet<>();
        Map<String, Object> stagedArgs;
        ArrayDeque<Built> ready = new ArrayDeque<>();
        List<Object> spent = new ArrayList<>();
        long collectedUsed; // the heap in use after the last full collection

        void serve() throws Exception {
            for (;;) {
                Object got = receive();
                if (!(got instanceof Map)) {
                    guard.leave(0);
                    return;
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> req = (Map<String, Object>) got;
                String op = str(req.get("op"), "");
                switch (op) {
                    case "bye":
                        send(obj("op", "bye"));
                        guard.leave(0);
                        return;
                    case "load":
                        send(load(req));
                        break;
                    case "call":
                        sendText(call(req));
                        break;
                    case "batch":
                        for (Object one : (List<?>) req.get("calls")) {
                            @SuppressWarnings("unchecked")
                            String answer = call((Map<String, Object>) one);
                            sendText(answer);
                            if (answer.startsWith("{\"op\":\"left_running\"")) break;
                        }
                        break;
                    case "stage":
                        stage(req);
                        send(obj("op", "staged"));
                        break;
                    default:
                        send(obj("op", "error", "id", null, "type", "ProtocolError", "message", "unknown op " + op,
                                "traceback", ""));
                }
            }
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> load(Map<String, Object> req) {
            Map<String, Object> spec = (Map<String, Object>) req.get("spec");
            alone = Boolean.TRUE.equals(req.get("alone"));
            String source = str(req.get("source"), "");
            String kind = str(spec.get("kind"), "function");
            String main = kind.equals("design") ? str(spec.get("class"), "Solution")
                    : kind.equals("roundtrip") ? str(((List<?>) spec.get("classes")).get(0), "Codec") : "Solution";
            Map<String, String> provided = new LinkedHashMap<>();
            provided.put("ListNode", LIST_NODE);
            provided.put("TreeNode", TREE_NODE);
            provided.put("Node", "random_list".equals(spec.get("node")) ? RANDOM_NODE : GRAPH_NODE);
            for (Map<String, Object> p : params(spec)) if ("Interval[]".equals(p.get("type"))) provided.put("Interval", INTERVAL);
            provided.put("javafx.util.Pair", PAIR);
            capture.reset();
            long start = System.nanoTime();
            Map<String, byte[]> bytes;
            String fileName = main + ".java";
            try {
                String[] name = {fileName};
                bytes = compile(source, name, provided);
                fileName = name[0];
            } catch (CompileError e) {
                return obj("op", "load_error", "kind", "compile", "message", e.getMessage(), "stdout", capture.take()[0]);
            }
            Program p = new Program(spec, fileName, bytes);
            snapshotThreads();
            String missing;
            try {
                missing = findEntry(p);
            } catch (Throwable e) {
                Object[] o = capture.take();
                return errorReply(null, System.nanoTime() - start, o, false, describe(e, fileName));
            }
            long elapsed = System.nanoTime() - start;
            if (missing != null) return obj("op", "load_error", "kind", "entry", "message", missing, "stdout", capture.take()[0]);
            program = p;
            if (alone) {
                String left = leftRunning();
                if (left != null) return leftRunningReply(null, elapsed, left, "loading");
            }
            return obj("op", "loaded", "ns", elapsed, "stdout", capture.take()[0]);
        }

        // Runs static initialisers and finds the entry: null, or what is missing.
        String findEntry(Program p) throws Throwable {
            Map<String, Object> spec = p.spec;
            switch (p.kind) {
                case "design": {
                    String name = str(spec.get("class"), "");
                    Class<?> c = p.find(name);
                    if (c == null) return "no class " + name + " found";
                    init(c);
                    p.entryClass = c;
                    return null;
                }
                case "roundtrip": {
                    String encode = str(spec.get("encode"), ""), decode = str(spec.get("decode"), "");
                    for (Object n : (List<?>) spec.get("classes")) {
                        Class<?> c = p.find((String) n);
                        if (c == null) continue;
                        Method e = methodNamed(c, encode, 1), d = methodNamed(c, decode, 1);
                        if (e != null && d != null) {
                            init(c);
                            p.entryClass = c;
                            p.method = e;
                            p.decode = d;
                            return null;
                        }
                    }
                    return "no class " + spec.get("classes") + " with methods " + encode + "() and " + decode + "() found";
                }
                default: {
                    String function = str(spec.get("function"), "");
                    long arity = params(spec).stream().filter(x -> !Boolean.FALSE.equals(x.get("passed"))).count();
                    Class<?> c = p.find("Solution");
                    Method m = c == null ? null : methodNamed(c, function, (int) arity);
                    if (m == null && c != null) m = methodNamed(c, function, -1);
                    if (m == null) return c == null ? "no class Solution found" : "no method " + function + "() in class Solution";
                    init(c);
                    p.entryClass = c;
                    p.method = m;
                    return null;
                }
            }
        }

        void init(Class<?> c) throws Throwable {
            try {
                Class.forName(c.getName(), true, c.getClassLoader());
            } catch (ExceptionInInitializerError e) {
                throw e.getCause() == null ? e : e.getCause();
            }
        }

        Map<String, Object> errorReply(Object id, long ns, Object[] output, boolean answer, Map<String, Object> described) {
            Map<String, Object> m = obj("op", "error", "id", id, "ns", ns, "stdout", output[0], "stdout_bytes", output[1],
                    "answer", answer);
            m.putAll(described);
            return m;
        }

        // --- work that outlives a call ---

        void snapshotThreads() {
            baseline = new HashSet<>(liveThreads());
        }

        List<Thread> liveThreads() {
            ThreadGroup g = Thread.currentThread().getThreadGroup();
            while (g.getParent() != null) g = g.getParent();
            Thread[] all = new Thread[g.activeCount() + 16];
            int n = g.enumerate(all, true);
            return Arrays.asList(all).subList(0, n);
        }

        // New threads still running (or any new non-daemon thread) after a moment; null if none.
        String leftRunning() {
            int threads = 0;
            for (int poll = 0; poll < LINGER_POLLS; poll++) {
                threads = 0;
                for (Thread t : liveThreads()) {
                    if (baseline.contains(t) || !t.isAlive()) continue;
                    if (t.getClass().getName().startsWith("java.util.concurrent.ForkJoinWorkerThread")
                            || t instanceof java.util.concurrent.ForkJoinWorkerThread) {
                        if (t.getState() == Thread.State.RUNNABLE) threads++;
                        continue;
                    }
                    if (t.getState() == Thread.State.RUNNABLE || !t.isDaemon()) threads++;
                }
                if (threads == 0) return null;
                if (poll < LINGER_POLLS - 1) {
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        Thread.interrupted();
                    }
                }
            }
            return threads + (threads == 1 ? " thread" : " threads");
        }

        Map<String, Object> leftRunningReply(Object id, long ns, String left, String after) {
            String message = "it left " + left + " running after " + after + ": a solution's work must end when its call does";
            return obj("op", "left_running", "id", id, "ns", ns, "stdout", capture.take()[0], "message", message);
        }

        // --- calls ---

        void stage(Map<String, Object> req) throws Exception {
            stagedArgs = null;
            ready.clear();
            spent.clear();
            @SuppressWarnings("unchecked")
            Map<String, Object> args = (Map<String, Object>) req.get("args");
            stagedArgs = args;
            int copies = req.get("copies") instanceof Number ? ((Number) req.get("copies")).intValue() : 0;
            // two beyond those asked for: the host makes more calls than it stages for when
            // they are quick, and a copy built from JSON in the exchange costs far more
            // than a quick call (the host's CPU accounting would take it for the call's)
            for (int i = 0; i < copies + SPARE_COPIES; i++) ready.push(prepare(program, args));
            collect();
        }

        // A full collection where the heap holds much (earlier sizes' garbage, this
        // size's copies in the young generation), outside the calls; a collection costs
        // tens of milliseconds, so not after every stage.
        void collect() {
            Runtime rt = Runtime.getRuntime();
            long used = rt.totalMemory() - rt.freeMemory();
            if (used - collectedUsed > GC_SLACK) {
                System.gc();
                collectedUsed = rt.totalMemory() - rt.freeMemory();
            }
        }

        Built fromStage() throws Exception {
            return ready.isEmpty() ? prepare(program, stagedArgs) : ready.pop();
        }

        Object invoke(Built b) throws Throwable {
            Program p = program;
            try {
                switch (p.kind) {
                    case "design":
                        return runDesign(p, b);
                    case "roundtrip":
                        return runRoundtrip(p, b);
                    default:
                        return p.method.invoke(Modifier.isStatic(p.method.getModifiers()) ? null : instance(p.entryClass),
                                b.positional);
                }
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }

        Object runDesign(Program p, Built b) throws Throwable {
            Plan plan = b.plan;
            if (plan.problemAt == 0) throw plan.problem;
            Object o;
            try {
                o = plan.ctor.newInstance(plan.ctorArgs);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            int n = plan.methods.length;
            Object[] out = new Object[n];
            for (int i = 1; i < n; i++) {
                if (i == plan.problemAt) throw plan.problem;
                Object value;
                try {
                    value = plan.methods[i].invoke(o, plan.args[i]);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
                out[i] = plan.none[i] ? null : value;
            }
            return Arrays.asList(out);
        }

        Object runRoundtrip(Program p, Built b) throws Throwable {
            Object value = b.positional[0];
            String kind = str(params(p.spec).get(0).get("type"), "");
            Trip trip = new Trip();
            trip.parts = new ArrayList<>();
            if (kind.equals("TreeNode")) trip.parts.addAll(treeNodes(value));
            else if (value != null) trip.parts.add(value);
            Object token;
            try {
                token = p.method.invoke(instance(p.entryClass), value);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (!(token instanceof String)) {
                trip.refused = token == null ? "null" : token.getClass().getName();
                return trip;
            }
            trip.token = (String) token;
            scramble(kind, trip.parts);
            try {
                trip.answer = p.decode.invoke(instance(p.entryClass), token);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            return trip;
        }

        @SuppressWarnings("unchecked")
        void scramble(String kind, List<Object> parts) throws Exception {
            for (Object part : parts) {
                if (kind.equals("TreeNode")) {
                    Kit k = kit(part.getClass());
                    k.set(part, "val", ~((Number) get(part, "val")).intValue());
                    k.set(part, "left", null);
                    k.set(part, "right", null);
                } else if (part instanceof List) {
                    List<Object> items = (List<Object>) part;
                    int n = items.size();
                    try {
                        items.clear();
                        for (int i = 0; i <= n; i++) items.add(SCRAMBLED);
                    } catch (UnsupportedOperationException e) {
                        // an unmodifiable list: nothing to spoil
                    }
                } else if (part instanceof Object[]) {
                    Arrays.fill((Object[]) part, SCRAMBLED);
                }
            }
        }

        Object finishRoundtrip(Program p, Trip trip) throws NotPlain {
            String encode = str(p.spec.get("encode"), ""), decode = str(p.spec.get("decode"), "");
            if (trip.refused != null)
                return marker("not_str", "a " + trip.refused + " from " + encode + "(), not a String: " + encode + "() must return a string");
            String kind = str(params(p.spec).get(0).get("type"), "");
            Set<Object> inputs = Collections.newSetFromMap(new IdentityHashMap<>());
            inputs.addAll(trip.parts);
            String shared = null;
            if (kind.equals("TreeNode")) {
                for (Object n : treeNodes(trip.answer)) if (inputs.contains(n)) shared = "a tree that holds nodes of the input tree";
            } else if (trip.answer != null && inputs.contains(trip.answer)) shared = "the input list itself";
            if (shared != null) {
                String why = decode + "() must build its answer from the string alone (the judge scrambles the input once "
                        + encode + "() has returned)";
                return marker("shared", shared + " from " + decode + "(): " + why);
            }
            String returns = str(p.spec.get("returns"), "");
            Object answer = dump(returns, trip.answer, null);
            String rule = "the string must carry everything: keep no state between the calls (a static field)";
            Object again;
            try {
                Program fresh = new Program(p.spec, p.fileName, p.bytes);
                Class<?> c = fresh.find(p.entryClass.getName());
                Method d = methodNamed(c, decode, 1);
                again = dump(returns, d.invoke(instance(c), trip.token), null);
            } catch (Throwable e) {
                Throwable t = unwrap(e);
                return marker("state", "an answer that the string alone does not give: " + decode
                        + "() in a fresh copy of the solution, given the same string, threw " + t.getClass().getSimpleName() + "; " + rule);
            }
            if (!Json.write(again, ANSWER_LIMIT).equals(Json.write(answer, ANSWER_LIMIT))) {
                return marker("state", "an answer that the string alone does not give: " + decode
                        + "() in a fresh copy of the solution, given the same string, answered differently; " + rule);
            }
            return answer;
        }

        List<Object> treeNodes(Object root) {
            List<Object> nodes = new ArrayList<>();
            Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            ArrayDeque<Object> stack = new ArrayDeque<>();
            if (root != null) stack.push(root);
            while (!stack.isEmpty()) {
                Object node = stack.pop();
                if (!seen.add(node) || seen.size() > MAX_NODES) continue;
                nodes.add(node);
                Object r = get(node, "right"), l = get(node, "left");
                if (r != null) stack.push(r);
                if (l != null) stack.push(l);
            }
            return nodes;
        }

        Object finish(Built b, Object returned) throws NotPlain {
            Program p = program;
            String inplace = str(p.spec.get("inplace"), null);
            if (inplace != null) {
                String kind = "";
                for (Map<String, Object> param : params(p.spec)) if (inplace.equals(param.get("name"))) kind = str(param.get("type"), "");
                return dump(kind, b.byName.get(inplace), b);
            }
            if (p.kind.equals("roundtrip")) return finishRoundtrip(p, (Trip) returned);
            return dump(str(p.spec.get("returns"), ""), returned, b);
        }

        String call(Map<String, Object> req) throws IOException {
            Object id = req.get("id");
            boolean staged = Boolean.TRUE.equals(req.get("staged"));
            int repeat = staged && req.get("repeat") instanceof Number
                    ? Math.max(1, Math.min(REPEAT_MAX, ((Number) req.get("repeat")).intValue())) : 1;
            Built[] inputs = new Built[repeat];
            try {
                for (int i = 0; i < repeat; i++) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> args = (Map<String, Object>) req.get("args");
                    inputs[i] = staged ? fromStage() : prepare(program, args);
                }
            } catch (Throwable e) {
                return Json.write(errorReply(id, 0L, capture.take(), false, obj("type", "HarnessError", "message",
                        "the arguments cannot be passed: " + unwrap(e), "traceback", "")), ANSWER_LIMIT);
            }
            capture.reset();
            Object returned;
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            try {
                returned = invoke(inputs[0]);
                for (int i = 1; i < repeat; i++) invoke(inputs[i]);
            } catch (Throwable e) {
                long elapsed = System.nanoTime() - start;
                inputs = null;
                Map<String, Object> d = describe(e, program.fileName);
                return Json.write(errorReply(id, elapsed, capture.take(), false, d), ANSWER_LIMIT);
            }
            long elapsed = (System.nanoTime() - start) / repeat;
            long cpu = (THREADS.getCurrentThreadCpuTime() - cpuStart) / repeat;
            if (staged) {
                spent.add(returned);
                for (Built b : inputs) spent.add(b);
            }
            if (alone) {
                String left = leftRunning();
                if (left != null) return Json.write(leftRunningReply(id, elapsed, left, "its call returned"), ANSWER_LIMIT);
            }
            Object[] output = capture.take();
            Map<String, Object> head = obj("op", "result", "id", id, "ns", elapsed, "cpu_ns", cpu, "stdout", output[0],
                    "stdout_bytes", output[1], "peak_kb", peakKb());
            if (repeat > 1) head.put("repeats", (long) repeat);
            if (returned != null && program.spec.get("inplace") instanceof String) head.put("returned", true);
            try {
                head.put("value", finish(inputs[0], returned));
                return Json.write(head, ANSWER_LIMIT);
            } catch (NotPlain | Json.TooLarge e) {
                Map<String, Object> d = obj("type", e instanceof NotPlain ? "NotPlain" : "TooLarge", "message", e.getMessage(),
                        "traceback", "");
                return Json.write(errorReply(id, elapsed, output, true, d), ANSWER_LIMIT);
            } catch (Throwable e) {
                return Json.write(errorReply(id, elapsed, output, true, describe(e, program.fileName)), ANSWER_LIMIT);
            }
        }
    }

    static RandomAccessFile status;
    static final byte[] STATUS = new byte[8192];
    static final byte[] HWM = "VmHWM:".getBytes(StandardCharsets.US_ASCII);

    // The process's peak resident memory in KiB (what LeetCode reports), from
    // /proc/self/status kept open and read into one buffer: a reader and a regex on
    // every call cost the sandbox more CPU than a quick call takes.
    static long peakKb() {
        try {
            if (status == null) status = new RandomAccessFile("/proc/self/status", "r");
            status.seek(0);
            int n = 0;
            for (int k; n < STATUS.length && (k = status.read(STATUS, n, STATUS.length - n)) > 0; ) n += k;
            outer:
            for (int i = 0; i + HWM.length < n; i++) {
                for (int j = 0; j < HWM.length; j++) if (STATUS[i + j] != HWM[j]) continue outer;
                long kb = 0;
                for (int k = i + HWM.length; k < n && STATUS[k] != '\n'; k++) {
                    if (STATUS[k] >= '0' && STATUS[k] <= '9') kb = kb * 10 + (STATUS[k] - '0');
                }
                return kb;
            }
        } catch (IOException | SecurityException e) {
            // no figure
        }
        return 0;
    }

    // --- JSON ---------------------------------------------------------------------------------------

    static final class Json {
        static final class TooLarge extends RuntimeException {
            TooLarge(String m) {
                super(m);
            }
        }

        final String s;
        int i;

        Json(String s) {
            this.s = s;
        }

        static void warm() {
            write(new Json("{\"a\":[1,2.5,\"x\",true,null,{}]}").value(), 1000);
        }

        Object value() {
            skip();
            char c = s.charAt(i);
            switch (c) {
                case '{': {
                    i++;
                    Map<String, Object> m = new LinkedHashMap<>();
                    skip();
                    if (s.charAt(i) == '}') {
                        i++;
                        return m;
                    }
                    for (;;) {
                        skip();
                        String k = string();
                        skip();
                        i++; // ':'
                        m.put(k, value());
                        skip();
                        if (s.charAt(i++) == '}') return m;
                    }
                }
                case '[': {
                    i++;
                    ArrayList<Object> a = new ArrayList<>();
                    skip();
                    if (s.charAt(i) == ']') {
                        i++;
                        return a;
                    }
                    for (;;) {
                        a.add(value());
                        skip();
                        if (s.charAt(i++) == ']') return a;
                    }
                }
                case '"':
                    return string();
                case 't':
                    i += 4;
                    return Boolean.TRUE;
                case 'f':
                    i += 5;
                    return Boolean.FALSE;
                case 'n':
                    i += 4;
                    return null;
                case 'N':
                    i += 3;
                    return Double.NaN;
                case 'I':
                    i += 8;
                    return Double.POSITIVE_INFINITY;
                default:
                    return number();
            }
        }

        void skip() {
            while (i < s.length() && s.charAt(i) <= ' ') i++;
        }

        String string() {
            i++; // '"'
            StringBuilder sb = null;
            int start = i;
            for (;;) {
                char c = s.charAt(i);
                if (c == '"') {
                    String out = sb == null ? s.substring(start, i) : sb.append(s, start, i).toString();
                    i++;
                    return out;
                }
                if (c == '\\') {
                    if (sb == null) sb = new StringBuilder();
                    sb.append(s, start, i);
                    char e = s.charAt(i + 1);
                    i += 2;
                    switch (e) {
                        case 'n': sb.append('\n'); break;
                        case 't': sb.append('\t'); break;
                        case 'r': sb.append('\r'); break;
                        case 'b': sb.append('\b'); break;
                        case 'f': sb.append('\f'); break;
                        case 'u':
                            sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                            break;
                        default: sb.append(e);
                    }
                    start = i;
                } else i++;
            }
        }

        Object number() {
            int start = i;
            if (s.charAt(i) == '-') {
                i++;
                if (s.charAt(i) == 'I') {
                    i += 8;
                    return Double.NEGATIVE_INFINITY;
                }
            }
            boolean real = false;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c >= '0' && c <= '9') i++;
                else if (c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-') {
                    real = true;
                    i++;
                } else break;
            }
            String t = s.substring(start, i);
            if (real) return Double.parseDouble(t);
            if (t.length() < 19) return Long.parseLong(t);
            BigInteger b = new BigInteger(t);
            return b.bitLength() < 64 ? (Object) b.longValue() : b;
        }

        static String write(Object v, int limit) {
            StringBuilder sb = new StringBuilder();
            write(sb, v, limit);
            return sb.toString();
        }

        static void write(StringBuilder sb, Object v, int limit) {
            if (sb.length() > limit) throw new TooLarge("the answer is larger than " + limit + " bytes");
            if (v == null) sb.append("null");
            else if (v instanceof String) quote(sb, (String) v);
            else if (v instanceof Boolean) sb.append(((Boolean) v) ? "true" : "false");
            else if (v instanceof Long || v instanceof Integer || v instanceof BigInteger) sb.append(v.toString());
            else if (v instanceof Double) {
                double d = (Double) v;
                if (Double.isNaN(d)) sb.append("NaN");
                else if (Double.isInfinite(d)) sb.append(d > 0 ? "Infinity" : "-Infinity");
                else sb.append(d == Math.rint(d) && Math.abs(d) < 1e15 ? (long) d + ".0" : Double.toString(d));
            } else if (v instanceof Map) {
                sb.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
                    if (!first) sb.append(',');
                    first = false;
                    quote(sb, (String) e.getKey());
                    sb.append(':');
                    write(sb, e.getValue(), limit);
                }
                sb.append('}');
            } else if (v instanceof List) {
                sb.append('[');
                boolean first = true;
                for (Object o : (List<?>) v) {
                    if (!first) sb.append(',');
                    first = false;
                    write(sb, o, limit);
                }
                sb.append(']');
            } else throw new IllegalStateException("not JSON: " + v.getClass());
        }

        static final char[] HEX = "0123456789abcdef".toCharArray();

        static void quote(StringBuilder sb, String s) {
            sb.append('"');
            for (int k = 0; k < s.length(); k++) {
                char c = s.charAt(k);
                if (c == '"' || c == '\\') sb.append('\\').append(c);
                else if (c < 0x20 || c >= 0x7f) {
                    sb.append("\\u");
                    for (int shift = 12; shift >= 0; shift -= 4) sb.append(HEX[(c >> shift) & 15]);
                } else sb.append(c);
            }
            sb.append('"');
        }
    }
}
