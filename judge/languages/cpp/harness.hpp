// The C++ harness: the only code of ours that runs inside a C++ sandbox, compiled there
// with the solution (boot.pl writes main.cpp: bits/stdc++.h, prelude.hpp, this file,
// the solution under `#line 1 "<its file>"`, then a few lines that register its entry).
//
// It speaks the protocol of judge/harness/runner.py (frames of a 4-byte big-endian
// length, then UTF-8 JSON; ops call, batch, stage, bye; boot.pl has read the load frame
// and left it in /judge/load.json). Arguments are decoded by the C++ types of the
// solution's own method (deduced from its member function pointer) and the problem's
// codecs (the spec's param types: linked lists, trees, graphs, ...); answers are
// encoded by the method's return type as the same plain JSON Python's harness gives.
//
// Everything here is in namespace judge and written before the solution, so a macro of
// the solution cannot change it. Output of the solution (fds 1 and 2) goes to a memory
// file read around each call; frames go to a private duplicate of the real stdout.
#include <cxxabi.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

namespace judge {

constexpr size_t OUTPUT_LIMIT = 64 * 1024;
constexpr size_t ANSWER_LIMIT = 16 * 1024 * 1024;
constexpr size_t MESSAGE_LIMIT = 2000;
constexpr size_t MAX_NODES = 2000000;
constexpr int REPEAT_MAX = 128;
constexpr int LINGER_POLLS = 10;

// --- JSON -------------------------------------------------------------------------

struct Json {
    enum Kind { NUL, BOOL, INT, DBL, STR, ARR, OBJ } kind = NUL;
    bool b = false;
    long long i = 0;
    double d = 0;
    std::string s;
    std::vector<Json> a;
    std::vector<std::pair<std::string, Json>> o;

    const Json* get(const std::string& key) const {
        for (auto& kv : o)
            if (kv.first == key) return &kv.second;
        return nullptr;
    }
    std::string str(const std::string& key, const std::string& otherwise = "") const {
        const Json* v = get(key);
        return v && v->kind == STR ? v->s : otherwise;
    }
    bool is_null() const { return kind == NUL; }
};

struct BadInput : std::runtime_error {
    using std::runtime_error::runtime_error;
};

class Parser {
    const char* p;
    const char* end;

    [[noreturn]] void fail(const char* what) { throw BadInput(std::string("bad JSON: ") + what); }
    void ws() {
        while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t')) ++p;
    }
    static void utf8(std::string& out, unsigned cp) {
        if (cp < 0x80) {
            out += char(cp);
        } else if (cp < 0x800) {
            out += char(0xC0 | (cp >> 6));
            out += char(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += char(0xE0 | (cp >> 12));
            out += char(0x80 | ((cp >> 6) & 0x3F));
            out += char(0x80 | (cp & 0x3F));
        } else {
            out += char(0xF0 | (cp >> 18));
            out += char(0x80 | ((cp >> 12) & 0x3F));
            out += char(0x80 | ((cp >> 6) & 0x3F));
            out += char(0x80 | (cp & 0x3F));
        }
    }
    unsigned hex4() {
        if (end - p < 4) fail("short \\u escape");
        unsigned v = 0;
        for (int k = 0; k < 4; ++k) {
            char c = *p++;
            v <<= 4;
            if (c >= '0' && c <= '9') v |= c - '0';
            else if (c >= 'a' && c <= 'f') v |= c - 'a' + 10;
            else if (c >= 'A' && c <= 'F') v |= c - 'A' + 10;
            else fail("bad \\u escape");
        }
        return v;
    }
    std::string string_() {
        ++p;  // the opening quote
        std::string out;
        while (true) {
            if (p >= end) fail("unterminated string");
            char c = *p++;
            if (c == '"') return out;
            if (c != '\\') {
                out += c;
                continue;
            }
            if (p >= end) fail("unterminated escape");
            char e = *p++;
            switch (e) {
                case '"': out += '"'; break;
                case '\\': out += '\\'; break;
                case '/': out += '/'; break;
                case 'b': out += '\b'; break;
                case 'f': out += '\f'; break;
                case 'n': out += '\n'; break;
                case 'r': out += '\r'; break;
                case 't': out += '\t'; break;
                case 'u': {
                    unsigned cp = hex4();
                    if (cp >= 0xD800 && cp < 0xDC00 && end - p >= 6 && p[0] == '\\' && p[1] == 'u') {
                        p += 2;
                        unsigned lo = hex4();
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                    }
                    utf8(out, cp);
                    break;
                }
                default: fail("bad escape");
            }
        }
    }
    Json number() {
        const char* start = p;
        bool real = false;
        if (p < end && *p == '-') ++p;
        while (p < end && ((*p >= '0' && *p <= '9') || *p == '.' || *p == 'e' || *p == 'E' || *p == '+' || *p == '-')) {
            if (*p == '.' || *p == 'e' || *p == 'E') real = true;
            ++p;
        }
        Json v;
        std::string text(start, p);
        if (!real) {
            errno = 0;
            char* stop = nullptr;
            long long x = strtoll(text.c_str(), &stop, 10);
            if (errno == 0) {
                v.kind = Json::INT;
                v.i = x;
                return v;
            }
        }
        v.kind = Json::DBL;
        v.d = strtod(text.c_str(), nullptr);
        return v;
    }
    bool word(const char* w) {
        size_t n = strlen(w);
        if (size_t(end - p) >= n && memcmp(p, w, n) == 0) {
            p += n;
            return true;
        }
        return false;
    }

public:
    Parser(const char* data, size_t size) : p(data), end(data + size) {}

    Json value() {
        ws();
        if (p >= end) fail("end of input");
        Json v;
        char c = *p;
        if (c == '{') {
            ++p;
            v.kind = Json::OBJ;
            ws();
            if (p < end && *p == '}') {
                ++p;
                return v;
            }
            while (true) {
                ws();
                if (p >= end || *p != '"') fail("a key");
                std::string key = string_();
                ws();
                if (p >= end || *p != ':') fail("a colon");
                ++p;
                v.o.emplace_back(std::move(key), value());
                ws();
                if (p < end && *p == ',') { ++p; continue; }
                if (p < end && *p == '}') { ++p; return v; }
                fail("an object");
            }
        }
        if (c == '[') {
            ++p;
            v.kind = Json::ARR;
            ws();
            if (p < end && *p == ']') {
                ++p;
                return v;
            }
            while (true) {
                v.a.push_back(value());
                ws();
                if (p < end && *p == ',') { ++p; continue; }
                if (p < end && *p == ']') { ++p; return v; }
                fail("an array");
            }
        }
        if (c == '"') {
            v.kind = Json::STR;
            v.s = string_();
            return v;
        }
        if (word("true")) { v.kind = Json::BOOL; v.b = true; return v; }
        if (word("false")) { v.kind = Json::BOOL; return v; }
        if (word("null")) return v;
        if (word("NaN")) { v.kind = Json::DBL; v.d = NAN; return v; }
        if (word("Infinity")) { v.kind = Json::DBL; v.d = INFINITY; return v; }
        if (word("-Infinity")) { v.kind = Json::DBL; v.d = -INFINITY; return v; }
        return number();
    }
};

inline Json parse(const std::string& text) { return Parser(text.data(), text.size()).value(); }

// --- encoding answers ---------------------------------------------------------------

struct TooLarge : std::runtime_error {
    using std::runtime_error::runtime_error;
};
struct NotPlain : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct Out {
    std::string text;
    void put(const std::string& s) {
        text += s;
        check();
    }
    void put(const char* s) {
        text += s;
        check();
    }
    void put(char c) { text += c; }
    void check() {
        if (text.size() > ANSWER_LIMIT) throw TooLarge("the answer is larger than 16777216 bytes");
    }
};

// A JSON string; bytes that are not UTF-8 become U+FFFD, so the host can always read it.
inline void put_string(std::string& out, const std::string& s) {
    out += '"';
    size_t i = 0, n = s.size();
    while (i < n) {
        unsigned char c = s[i];
        if (c == '"') { out += "\\\""; ++i; continue; }
        if (c == '\\') { out += "\\\\"; ++i; continue; }
        if (c < 0x20) {
            char buf[8];
            snprintf(buf, sizeof buf, "\\u%04x", c);
            out += buf;
            ++i;
            continue;
        }
        if (c < 0x80) { out += char(c); ++i; continue; }
        size_t len = c >= 0xF0 && c < 0xF5 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c < 0xE0 ? 2 : 0;
        bool ok = len && i + len <= n;
        for (size_t k = 1; ok && k < len; ++k) ok = (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
        if (ok) {
            out.append(s, i, len);
            i += len;
        } else {
            out += "\\ufffd";
            ++i;
        }
    }
    out += '"';
}

inline void put_double(std::string& out, double x) {
    if (std::isnan(x)) { out += "NaN"; return; }
    if (std::isinf(x)) { out += x > 0 ? "Infinity" : "-Infinity"; return; }
    char buf[64];
    auto r = std::to_chars(buf, buf + sizeof buf, x);
    std::string t(buf, r.ptr);
    if (t.find_first_of(".e") == std::string::npos) t += ".0";
    out += t;
}

inline void put_marker(std::string& out, const char* kind, const std::string& detail) {
    out += "{\"$judge\":";
    put_string(out, kind);
    out += ",\"detail\":";
    put_string(out, detail);
    out += '}';
}

// --- the problem's spec -------------------------------------------------------------

struct Param {
    std::string name, type, cycle, of;
};

struct Spec {
    std::string kind, node, returns, inplace;
    std::vector<Param> params;  // every param, passed or not
    std::vector<Param> passed;  // the method's arguments, in order
};

inline Spec read_spec(const Json& j) {
    Spec s;
    s.kind = j.str("kind", "function");
    s.node = j.str("node", "graph");
    s.returns = j.str("returns");
    s.inplace = j.str("inplace");
    if (const Json* ps = j.get("params"))
        for (auto& p : ps->a) {
            Param q{p.str("name"), p.str("type"), p.str("cycle"), p.str("of")};
            s.params.push_back(q);
            const Json* passed = p.get("passed");
            if (!passed || passed->kind != Json::BOOL || passed->b) s.passed.push_back(q);
        }
    return s;
}

// What a call's arguments were built from: the nodes of the input, to tell whether an
// answer shares them (a clone must be new nodes) and to find a node of a tree by value.
struct Built {
    const Json* args = nullptr;
    std::map<std::string, void*> roots;  // a tree param's root, by name
    std::unordered_set<const void*> originals;  // every node of a graph or random list input
    std::vector<void*> random_nodes;  // the random list's nodes, in order
    const Json* random_json = nullptr;
};

// --- decoding arguments by their C++ type ---------------------------------------------

template <class T> struct is_vector : std::false_type {};
template <class T, class A> struct is_vector<std::vector<T, A>> : std::true_type {};

inline const Json& null_json() {
    static const Json n;
    return n;
}

[[noreturn]] inline void cannot(const char* what) {
    throw BadInput(std::string("the C++ harness cannot pass ") + what);
}

template <class T> T decode(const Json& v, const Param& p, Built& b);

inline long long as_int(const Json& v) {
    if (v.kind == Json::INT) return v.i;
    if (v.kind == Json::DBL) return (long long)v.d;
    if (v.kind == Json::BOOL) return v.b;
    if (v.kind == Json::NUL) return 0;
    cannot("a non-number as a number");
}

#ifdef JUDGE_LISTNODE
inline ListNode* build_list(const Json& v, long long cycle) {
    std::vector<ListNode*> nodes;
    for (auto& x : v.a) nodes.push_back(new ListNode((int)as_int(x)));
    for (size_t k = 0; k + 1 < nodes.size(); ++k) nodes[k]->next = nodes[k + 1];
    if (cycle >= 0 && size_t(cycle) < nodes.size()) nodes.back()->next = nodes[cycle];
    return nodes.empty() ? nullptr : nodes[0];
}
#endif

#ifdef JUDGE_TREENODE
inline TreeNode* build_tree(const Json& v) {
    if (v.a.empty() || v.a[0].is_null()) return nullptr;
    TreeNode* root = new TreeNode((int)as_int(v.a[0]));
    std::vector<TreeNode*> queue{root};
    size_t i = 1;
    for (size_t q = 0; q < queue.size() && i < v.a.size(); ++q) {
        for (int side = 0; side < 2 && i < v.a.size(); ++side, ++i) {
            if (v.a[i].is_null()) continue;
            TreeNode* child = new TreeNode((int)as_int(v.a[i]));
            (side ? queue[q]->right : queue[q]->left) = child;
            queue.push_back(child);
        }
    }
    return root;
}

inline TreeNode* find_tree_node(TreeNode* root, long long val) {
    std::vector<TreeNode*> stack{root};
    while (!stack.empty()) {
        TreeNode* n = stack.back();
        stack.pop_back();
        if (!n) continue;
        if (n->val == val) return n;
        stack.push_back(n->left);
        stack.push_back(n->right);
    }
    return nullptr;
}
#endif

#ifdef JUDGE_GRAPH_NODE
inline Node* build_graph(const Json& v, Built& b) {
    if (v.a.empty()) return nullptr;
    std::vector<Node*> nodes;
    for (size_t k = 0; k < v.a.size(); ++k) nodes.push_back(new Node(int(k + 1)));
    for (size_t k = 0; k < v.a.size(); ++k)
        for (auto& j : v.a[k].a) {
            long long at = as_int(j);
            if (at < 1 || size_t(at) > nodes.size()) cannot("a graph edge to a node that is not there");
            nodes[k]->neighbors.push_back(nodes[at - 1]);
        }
    for (Node* n : nodes) b.originals.insert(n);
    return nodes[0];
}
#endif

#ifdef JUDGE_RANDOM_NODE
inline Node* build_random_list(const Json& v, Built& b) {
    std::vector<Node*> nodes;
    for (auto& pair : v.a) nodes.push_back(new Node((int)as_int(pair.a.at(0))));
    for (size_t k = 0; k < nodes.size(); ++k) {
        nodes[k]->next = k + 1 < nodes.size() ? nodes[k + 1] : nullptr;
        const Json& t = v.a[k].a.at(1);
        nodes[k]->random = t.is_null() ? nullptr : nodes.at(as_int(t));
    }
    for (Node* n : nodes) {
        b.originals.insert(n);
        b.random_nodes.push_back(n);
    }
    b.random_json = &v;
    return nodes.empty() ? nullptr : nodes[0];
}
#endif

template <class T> T decode(const Json& v, const Param& p, Built& b) {
    using U = std::remove_cv_t<T>;
    if constexpr (std::is_same_v<U, bool>) {
        return v.kind == Json::BOOL ? v.b : as_int(v) != 0;
    } else if constexpr (std::is_same_v<U, char>) {
        if (v.kind == Json::STR) return v.s.empty() ? '\0' : v.s[0];
        return (char)as_int(v);
    } else if constexpr (std::is_integral_v<U>) {
        return (U)as_int(v);
    } else if constexpr (std::is_floating_point_v<U>) {
        return v.kind == Json::DBL ? (U)v.d : (U)as_int(v);
    } else if constexpr (std::is_same_v<U, std::string>) {
        if (v.kind != Json::STR) cannot("a non-string as a string");
        return v.s;
    }
#ifdef JUDGE_LISTNODE
    else if constexpr (std::is_same_v<U, ListNode*>) {
        long long cycle = -1;
        if (!p.cycle.empty() && b.args)
            if (const Json* c = b.args->get(p.cycle)) cycle = as_int(*c);
        return build_list(v, cycle);
    }
#endif
#ifdef JUDGE_TREENODE
    else if constexpr (std::is_same_v<U, TreeNode*>) {
        if (p.type == "TreeNodeRef") {
            auto at = b.roots.find(p.of);
            return v.is_null() || at == b.roots.end() ? nullptr
                                                      : find_tree_node((TreeNode*)at->second, as_int(v));
        }
        TreeNode* root = build_tree(v);
        b.roots[p.name] = root;
        return root;
    }
#endif
#ifdef JUDGE_GRAPH_NODE
    else if constexpr (std::is_same_v<U, Node*>) {
        return build_graph(v, b);
    }
#endif
#ifdef JUDGE_RANDOM_NODE
    else if constexpr (std::is_same_v<U, Node*>) {
        return build_random_list(v, b);
    }
#endif
    else if constexpr (is_vector<U>::value) {
        U out;
        out.reserve(v.a.size());
        Param inner = p;
        inner.cycle.clear();
        for (auto& x : v.a) out.push_back(decode<typename U::value_type>(x, inner, b));
        return out;
    } else {
        static_assert(sizeof(U) == 0, "the judge cannot pass an argument of this type");
    }
}

// --- encoding answers by their C++ type -------------------------------------------------

template <class T> void encode(Out& out, const T& v, const std::string& codec, const Built* b);

#ifdef JUDGE_LISTNODE
inline void encode_list(Out& out, ListNode* head) {
    std::string& t = out.text;
    size_t start = t.size();
    t += '[';
    ListNode* slow = head;
    size_t count = 0;
    for (ListNode* n = head; n; n = n->next) {
        if (count >= MAX_NODES) {
            t.resize(start);
            put_marker(t, "cycle", "a list that goes on past 2000000 nodes");
            return;
        }
        if (count) t += ',';
        t += std::to_string(n->val);
        ++count;
        if (count % 2 == 0) slow = slow->next;
        if (n->next && n->next == slow) {
            t.resize(start);
            put_marker(t, "cycle", "a list with a cycle (it reaches a node twice)");
            return;
        }
    }
    t += ']';
    out.check();
}
#endif

#ifdef JUDGE_TREENODE
inline void encode_tree(Out& out, TreeNode* root) {
    std::vector<TreeNode*> queue{root};
    std::unordered_set<TreeNode*> seen;
    std::vector<std::string> vals;
    for (size_t q = 0; q < queue.size(); ++q) {
        TreeNode* n = queue[q];
        if (!n) {
            vals.push_back("null");
            continue;
        }
        if (!seen.insert(n).second || seen.size() > MAX_NODES) {
            put_marker(out.text, "cycle", "a tree that reaches a node twice: it has a cycle");
            return;
        }
        vals.push_back(std::to_string(n->val));
        queue.push_back(n->left);
        queue.push_back(n->right);
    }
    while (!vals.empty() && vals.back() == "null") vals.pop_back();
    out.put('[');
    for (size_t k = 0; k < vals.size(); ++k) {
        if (k) out.put(',');
        out.text += vals[k];
    }
    out.put(']');
    out.check();
}
#endif

#ifdef JUDGE_GRAPH_NODE
inline void encode_graph(Out& out, Node* start, const Built* b) {
    std::vector<Node*> nodes;
    if (start) {
        std::unordered_set<Node*> seen{start};
        std::vector<Node*> stack{start};
        while (!stack.empty()) {
            Node* n = stack.back();
            stack.pop_back();
            nodes.push_back(n);
            for (Node* m : n->neighbors)
                if (m && seen.insert(m).second) {
                    if (seen.size() > MAX_NODES) throw TooLarge("the graph has too many nodes");
                    stack.push_back(m);
                }
        }
    }
    for (Node* n : nodes)
        if (b && b->originals.count(n)) {
            put_marker(out.text, "shared", "a graph that shares nodes with the input: it is not a copy");
            return;
        }
    std::stable_sort(nodes.begin(), nodes.end(), [](Node* x, Node* y) { return x->val < y->val; });
    out.put('[');
    for (size_t k = 0; k < nodes.size(); ++k) {
        if (k) out.put(',');
        std::vector<int> vals;
        for (Node* m : nodes[k]->neighbors) vals.push_back(m ? m->val : 0);
        std::sort(vals.begin(), vals.end());
        out.put('[');
        for (size_t j = 0; j < vals.size(); ++j) {
            if (j) out.put(',');
            out.text += std::to_string(vals[j]);
        }
        out.put(']');
    }
    out.put(']');
    out.check();
}
#endif

#ifdef JUDGE_RANDOM_NODE
inline void encode_random_list(Out& out, Node* head, const Built* b) {
    std::unordered_map<Node*, size_t> index;
    std::vector<Node*> order;
    for (Node* n = head; n; n = n->next) {
        if (index.count(n)) return put_marker(out.text, "cycle", "a list with a cycle (it reaches a node twice)");
        if (index.size() >= MAX_NODES) return put_marker(out.text, "cycle", "a list that goes on past 2000000 nodes");
        index[n] = order.size();
        order.push_back(n);
    }
    static const std::unordered_set<const void*> none;
    const auto& inputs = b ? b->originals : none;
    for (Node* n : order)
        if (inputs.count(n))
            return put_marker(out.text, "shared", "a list that shares nodes with the input: a deep copy is made of new nodes");
    std::string body = "[";
    for (size_t k = 0; k < order.size(); ++k) {
        Node* target = order[k]->random;
        if (k) body += ',';
        body += '[' + std::to_string(order[k]->val) + ',';
        if (!target) {
            body += "null";
        } else if (index.count(target)) {
            body += std::to_string(index[target]);
        } else if (inputs.count(target)) {
            return put_marker(out.text, "shared", "a copy whose node " + std::to_string(k) +
                                                      "'s random pointer points into the input list: it must point into the copy");
        } else {
            return put_marker(out.text, "outside", "a copy whose node " + std::to_string(k) +
                                                       "'s random pointer points to a node that is not in the returned list");
        }
        body += ']';
    }
    body += ']';
    if (b && b->random_json) {
        const auto& nodes = b->random_nodes;
        const Json& pairs = *b->random_json;
        for (size_t k = 0; k < nodes.size(); ++k) {
            Node* n = (Node*)nodes[k];
            Node* after = k + 1 < nodes.size() ? (Node*)nodes[k + 1] : nullptr;
            const Json& t = pairs.a[k].a[1];
            Node* random = t.is_null() ? nullptr : (Node*)nodes[as_int(t)];
            long long val = as_int(pairs.a[k].a[0]);
            if (n->next != after || n->random != random || n->val != val)
                return put_marker(out.text, "changed", "a copy, but it changed the input list (its node " + std::to_string(k) +
                                                           ", value " + std::to_string(val) + "): leave the input as given");
        }
    }
    out.put(body);
}
#endif

template <class T> struct is_optional : std::false_type {};
template <class T> struct is_optional<std::optional<T>> : std::true_type {};
template <class T> struct is_pair : std::false_type {};
template <class A, class B> struct is_pair<std::pair<A, B>> : std::true_type {};

template <class T> void encode(Out& out, const T& v, const std::string& codec, const Built* b) {
    using U = std::remove_cv_t<T>;
    if constexpr (std::is_same_v<U, bool>) {
        out.put(v ? "true" : "false");
    } else if constexpr (std::is_same_v<U, char>) {
        put_string(out.text, std::string(1, v));
    } else if constexpr (std::is_integral_v<U>) {
        out.put(std::to_string(v));
    } else if constexpr (std::is_floating_point_v<U>) {
        put_double(out.text, (double)v);
    } else if constexpr (std::is_same_v<U, std::string> || std::is_same_v<U, std::string_view>) {
        put_string(out.text, std::string(v));
        out.check();
    } else if constexpr (std::is_same_v<U, const char*> || std::is_same_v<U, char*>) {
        if (v) put_string(out.text, v);
        else out.put("null");
    } else if constexpr (std::is_same_v<U, std::nullptr_t>) {
        out.put("null");
    }
#ifdef JUDGE_LISTNODE
    else if constexpr (std::is_same_v<U, ListNode*>) {
        encode_list(out, v);
    }
#endif
#ifdef JUDGE_TREENODE
    else if constexpr (std::is_same_v<U, TreeNode*>) {
        if (codec == "TreeNodeRef") {
            if (v) out.put(std::to_string(v->val));
            else out.put("null");
        } else {
            encode_tree(out, v);
        }
    }
#endif
#ifdef JUDGE_GRAPH_NODE
    else if constexpr (std::is_same_v<U, Node*>) {
        encode_graph(out, v, b);
    }
#endif
#ifdef JUDGE_RANDOM_NODE
    else if constexpr (std::is_same_v<U, Node*>) {
        encode_random_list(out, v, b);
    }
#endif
    else if constexpr (is_optional<U>::value) {
        if (v) encode(out, *v, codec, b);
        else out.put("null");
    } else if constexpr (is_pair<U>::value) {
        out.put('[');
        encode(out, v.first, "", b);
        out.put(',');
        encode(out, v.second, "", b);
        out.put(']');
    } else if constexpr (std::is_pointer_v<U>) {
        throw NotPlain("a pointer of a type the judge does not know");
    } else if constexpr (std::ranges::range<U>) {
        out.put('[');
        bool first = true;
        for (const auto& x : v) {
            if (!first) out.put(',');
            first = false;
            encode(out, x, codec, b);
        }
        out.put(']');
    } else {
        static_assert(sizeof(U) == 0, "the judge cannot read an answer of this type");
    }
}

// --- the solution's output, the clock and the channel ----------------------------------

struct Channel {
    int in = 0, out = 1;

    bool read_exact(char* buf, size_t n) {
        while (n) {
            ssize_t k = ::read(in, buf, n);
            if (k < 0 && errno == EINTR) continue;
            if (k <= 0) return false;
            buf += k;
            n -= size_t(k);
        }
        return true;
    }
    bool receive(std::string& body) {
        unsigned char head[4];
        if (!read_exact((char*)head, 4)) return false;
        size_t n = (size_t(head[0]) << 24) | (size_t(head[1]) << 16) | (size_t(head[2]) << 8) | head[3];
        body.assign(n, '\0');
        return read_exact(body.data(), n);
    }
    void send(const std::string& body) {
        std::string all(4, '\0');
        size_t n = body.size();
        all[0] = char(n >> 24);
        all[1] = char(n >> 16);
        all[2] = char(n >> 8);
        all[3] = char(n);
        all += body;
        const char* p = all.data();
        size_t left = all.size();
        while (left) {
            ssize_t k = ::write(out, p, left);
            if (k < 0 && errno == EINTR) continue;
            if (k <= 0) _exit(0);
            p += k;
            left -= size_t(k);
        }
    }
};

inline int capture_fd = -1;

inline void flush_all() {
    std::cout.flush();
    std::cerr.flush();
    std::clog.flush();
    fflush(stdout);
    fflush(stderr);
}

inline void reset_output() {
    flush_all();
    ftruncate(capture_fd, 0);
    lseek(capture_fd, 0, SEEK_SET);
}

inline std::pair<std::string, long long> take_output() {
    flush_all();
    struct stat st {};
    fstat(capture_fd, &st);
    std::string data(std::min<size_t>(st.st_size, OUTPUT_LIMIT), '\0');
    ssize_t k = pread(capture_fd, data.data(), data.size(), 0);
    data.resize(k > 0 ? size_t(k) : 0);
    ftruncate(capture_fd, 0);
    lseek(capture_fd, 0, SEEK_SET);
    return {data, (long long)st.st_size};
}

// The clock by the system call itself: a solution can define its own clock_gettime (or
// syscall) and the linker would take it, but not this.
inline long long now_ns(clockid_t clock) {
    timespec ts {};
    long ret;
    asm volatile("syscall" : "=a"(ret) : "0"(228L /* SYS_clock_gettime */), "D"((long)clock), "S"(&ts) : "rcx", "r11", "memory");
    return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

inline long long peak_kb() {
    rusage r {};
    getrusage(RUSAGE_SELF, &r);
    return r.ru_maxrss;
}

// --- a crash: told on the real stderr (the host shows its last line), then the signal ----

inline int real_stderr = 2;
inline volatile sig_atomic_t current_call = -1;

inline void say_raw(const char* s) {
    if (write(real_stderr, s, strlen(s)) < 0) {}
}

extern "C" inline void on_fatal(int sig) {
    // what the solution printed last (an assertion's message), then what happened
    char tail[600];
    ssize_t size = lseek(capture_fd, 0, SEEK_END);
    ssize_t from = size > (ssize_t)sizeof tail - 1 ? size - ((ssize_t)sizeof tail - 1) : 0;
    ssize_t k = pread(capture_fd, tail, sizeof tail - 1, from);
    if (k > 0) {
        tail[k] = '\0';
        say_raw(tail);
        say_raw("\n");
    }
    const char* what = sig == SIGSEGV ? "a segmentation fault (a bad pointer, an index far out of bounds, or recursion too deep)"
                       : sig == SIGILL ? "signed integer overflow (the sanitizer's trap, as LeetCode's UndefinedBehaviorSanitizer reports it)"
                       : sig == SIGABRT ? "abort() (an index out of bounds of a vector or string, a failed assertion, or a double free)"
                       : sig == SIGFPE ? "an arithmetic error (division by zero)"
                       : sig == SIGBUS ? "a bus error (a bad pointer)"
                                       : "a fatal signal";
    say_raw("runtime error: ");
    say_raw(what);
    say_raw("\n");
    signal(sig, SIG_DFL);
    raise(sig);
}

inline void on_fatal_signals() {
    static char stack[1 << 16];
    stack_t ss {};
    ss.ss_sp = stack;
    ss.ss_size = sizeof stack;
    sigaltstack(&ss, nullptr);
    struct sigaction sa {};
    sa.sa_handler = on_fatal;
    sa.sa_flags = SA_ONSTACK | SA_RESETHAND;
    sigemptyset(&sa.sa_mask);
    for (int sig : {SIGSEGV, SIGILL, SIGABRT, SIGFPE, SIGBUS}) sigaction(sig, &sa, nullptr);
    signal(SIGXFSZ, SIG_IGN);  // past the file-size limit a write fails instead of killing us
    signal(SIGPIPE, SIG_IGN);
}

// --- errors ---------------------------------------------------------------------------

inline std::string cut(const std::string& s) {
    return s.size() <= MESSAGE_LIMIT ? s : s.substr(0, MESSAGE_LIMIT) + "... (" + std::to_string(s.size() - MESSAGE_LIMIT) + " more characters)";
}

inline std::string demangle(const char* name) {
    int status = 0;
    char* out = abi::__cxa_demangle(name, nullptr, nullptr, &status);
    std::string s = status == 0 && out ? out : name;
    free(out);
    return s;
}

struct Failure {
    std::string type, message;
};

// The exception in flight, described (called inside a catch block).
inline Failure current_failure() {
    try {
        throw;
    } catch (const std::bad_alloc& e) {
        return {"MemoryError", std::string("std::bad_alloc: ") + e.what()};
    } catch (const std::exception& e) {
        return {demangle(typeid(e).name()), cut(e.what())};
    } catch (...) {
        std::type_info* t = abi::__cxa_current_exception_type();
        std::string name = t ? demangle(t->name()) : "unknown";
        return {name, "an exception of type " + name + " was thrown"};
    }
}

// --- work that outlives a call ------------------------------------------------------------

inline std::string read_small(const char* path) {
    int fd = open(path, O_RDONLY);
    if (fd < 0) return "";
    char buf[512];
    ssize_t k = read(fd, buf, sizeof buf);
    close(fd);
    return k > 0 ? std::string(buf, size_t(k)) : "";
}

inline bool only_us() {
    for (const char* path : {"/sys/fs/cgroup/pids/pids.current", "/sys/fs/cgroup/pids.current"}) {
        std::string s = read_small(path);
        if (!s.empty()) return s == "2\n" || s == "2";
    }
    return false;
}

inline bool running(const std::string& stat_path) {
    std::string s = read_small(stat_path.c_str());
    size_t close_paren = s.rfind(')');
    if (close_paren == std::string::npos || close_paren + 2 >= s.size()) return false;
    char state = s[close_paren + 2];
    return state != 'Z' && state != 'X';
}

inline std::pair<int, int> left_running() {
    if (only_us()) return {0, 0};
    std::string me = std::to_string(getpid());
    int threads = 0, processes = 0;
    for (int poll = 0; poll < LINGER_POLLS; ++poll) {
        while (waitpid(-1, nullptr, WNOHANG) > 0) {}
        threads = processes = 0;
        if (DIR* d = opendir("/proc/self/task")) {
            while (dirent* e = readdir(d))
                if (e->d_name[0] != '.' && me != e->d_name && running(std::string("/proc/self/task/") + e->d_name + "/stat")) ++threads;
            closedir(d);
        }
        if (DIR* d = opendir("/proc")) {
            while (dirent* e = readdir(d)) {
                std::string name = e->d_name;
                if (name.empty() || !std::all_of(name.begin(), name.end(), ::isdigit) || name == "1" || name == me) continue;
                if (running("/proc/" + name + "/stat")) ++processes;
            }
            closedir(d);
        }
        if (!threads && !processes) return {0, 0};
        if (poll < LINGER_POLLS - 1) usleep(10000);
    }
    return {threads, processes};
}

// --- entries: how a call of this problem runs ---------------------------------------------

// One call's prepared input: the arguments, ready, and what judging the answer needs.
struct Prepared {
    virtual ~Prepared() = default;
    Built built;
};

struct Entry {
    virtual ~Entry() = default;
    virtual std::unique_ptr<Prepared> prepare(const Spec& spec, const Json& args) = 0;
    // the call itself, timed by the caller
    virtual void invoke(Prepared& p) = 0;
    // the answer as JSON (after the clock stopped); returned: the call returned a value
    // beside an answer judged in place
    virtual void finish(const Spec& spec, Prepared& p, Out& out, bool& returned) = 0;
    // a round trip's decode of a token alone, in a fresh process (`solution --redo`)
    virtual void redo(const Spec&, const std::string&, Out& out) { out.put("null"); }
    // whether finish may start that fresh process: not for the growth probe's staged
    // calls, whose CPU the host watches from outside (the process would be charged)
    bool may_redo = true;
};

// Runs `/judge/solution --redo` on a token: its decoded answer as JSON, or "" when the
// fresh process did not answer (it crashed or threw).
inline std::string redo_elsewhere(const std::string& token) {
    int to[2], from[2];
    if (pipe2(to, O_CLOEXEC) != 0) return "";
    if (pipe2(from, O_CLOEXEC) != 0) return "";
    pid_t pid = fork();
    if (pid < 0) return "";
    if (pid == 0) {
        dup2(to[0], 0);
        dup2(from[1], 1);
        execl("/judge/solution", "solution", "--redo", (char*)nullptr);
        _exit(127);
    }
    close(to[0]);
    close(from[1]);
    Channel c{from[0], to[1]};
    c.send(token);
    close(to[1]);
    std::string answer;
    if (!c.receive(answer)) answer.clear();
    close(from[0]);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
    return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? answer : "";
}

inline Entry*& entry() {
    static Entry* e = nullptr;
    return e;
}

struct Registrar {
    explicit Registrar(Entry* e) { entry() = e; }
};

// The parts of a member function pointer: class, return and argument types.
template <class F> struct method_traits;
template <class R, class C, class... A> struct method_traits<R (C::*)(A...)> {
    using ret = R;
    using args = std::tuple<std::remove_cvref_t<A>...>;
    static constexpr bool is_static = false;
};
template <class R, class C, class... A> struct method_traits<R (C::*)(A...) const> : method_traits<R (C::*)(A...)> {};
template <class R, class C, class... A> struct method_traits<R (C::*)(A...) noexcept> : method_traits<R (C::*)(A...)> {};
template <class R, class C, class... A> struct method_traits<R (C::*)(A...) const noexcept> : method_traits<R (C::*)(A...)> {};
template <class R, class... A> struct method_traits<R (*)(A...)> {
    using ret = R;
    using args = std::tuple<std::remove_cvref_t<A>...>;
    static constexpr bool is_static = true;
};
template <class R, class... A> struct method_traits<R (*)(A...) noexcept> : method_traits<R (*)(A...)> {};

// An entry called by name where the name is overloaded (a helper of the same name): the
// arguments have the types the problem declares, and the call picks its overload.
template <class Sol, class F, class... A> struct Typed {
    F f;
};
template <class T> struct is_typed : std::false_type {};
template <class S, class F, class... A> struct is_typed<Typed<S, F, A...>> : std::true_type {};
template <class S, class F, class... A> struct method_traits<Typed<S, F, A...>> {
    using ret = decltype(std::declval<F&>()(std::declval<S&>(), std::declval<A&>()...));
    using args = std::tuple<A...>;
    static constexpr bool is_static = false;
};

template <class Tuple, size_t... I>
Tuple decode_args(const Spec& spec, const Json& args, Built& b, std::index_sequence<I...>) {
    if (spec.passed.size() != sizeof...(I))
        throw BadInput("the solution's method takes " + std::to_string(sizeof...(I)) + " arguments; the problem passes " +
                       std::to_string(spec.passed.size()));
    auto arg = [&](size_t i) -> const Json& {
        const Json* v = args.get(spec.passed[i].name);
        return v ? *v : null_json();
    };
    // built in order: a tree before the references into it
    return Tuple{decode<std::tuple_element_t<I, Tuple>>(arg(I), spec.passed[I], b)...};
}

template <class Tuple, size_t... I>
void encode_arg(Out& out, const Spec& spec, Tuple& t, const std::string& name, const Built& b, std::index_sequence<I...>) {
    bool done = false;
    ((spec.passed[I].name == name && !done ? (encode(out, std::get<I>(t), spec.passed[I].type, &b), done = true) : false), ...);
    if (!done) out.put("null");
}

// A method of class Solution (a fresh one per call, made before the clock starts).
template <class Sol, class M> struct FunctionEntry : Entry {
    using traits = method_traits<M>;
    using Args = typename traits::args;
    using R = typename traits::ret;
    static constexpr bool returns_void = std::is_void_v<R>;
    using Stored = std::conditional_t<returns_void, char, std::remove_cvref_t<R>>;
    M method;

    struct Call : Prepared {
        std::optional<Args> args;
        std::unique_ptr<Sol> sol;
        std::optional<Stored> result;
    };

    explicit FunctionEntry(M m) : method(m) {}

    std::unique_ptr<Prepared> prepare(const Spec& spec, const Json& args) override {
        auto c = std::make_unique<Call>();
        c->built.args = &args;
        c->args.emplace(decode_args<Args>(spec, args, c->built, std::make_index_sequence<std::tuple_size_v<Args>>()));
        c->built.args = nullptr;
        if constexpr (!traits::is_static) c->sol = std::make_unique<Sol>();
        return c;
    }

    void invoke(Prepared& p) override {
        Call& c = static_cast<Call&>(p);
        auto run = [&](auto&... xs) -> decltype(auto) {
            if constexpr (is_typed<M>::value) return method.f(*c.sol, xs...);
            else if constexpr (traits::is_static) return method(xs...);
            else return ((*c.sol).*method)(xs...);
        };
        if constexpr (returns_void) std::apply(run, *c.args);
        else c.result.emplace(std::apply(run, *c.args));
    }

    void finish(const Spec& spec, Prepared& p, Out& out, bool& returned) override {
        Call& c = static_cast<Call&>(p);
        if (!spec.inplace.empty()) {
            returned = !returns_void;
            encode_arg(out, spec, *c.args, spec.inplace, c.built, std::make_index_sequence<std::tuple_size_v<Args>>());
            return;
        }
        if constexpr (returns_void) out.put("null");
        else encode(out, *c.result, spec.returns, &c.built);
    }
};

template <class Sol, class M> Entry* function_entry(M m) { return new FunctionEntry<Sol, M>(m); }

// --- design problems: the class driven by LeetCode's two lists ---------------------------------

// An argument of a constructor, decoded as whatever type the constructor takes.
template <class Cls> struct Arg {
    const Json& v;
    Built& b;
    std::vector<std::shared_ptr<void>>& keep;
    template <class T, class = std::enable_if_t<!std::is_same_v<std::remove_cvref_t<T>, Cls>>>
    operator T&() const {
        using U = std::remove_cvref_t<T>;
        auto held = std::make_shared<U>(decode<U>(v, Param{}, b));
        keep.push_back(held);
        return *held;
    }
};

template <class Cls> Cls* construct(const Json& argv, Built& b, std::vector<std::shared_ptr<void>>& keep) {
    size_t n = argv.a.size();
    auto at = [&](size_t i) { return Arg<Cls>{argv.a[i], b, keep}; };
    if constexpr (std::is_default_constructible_v<Cls>)
        if (n == 0) return new Cls();
    if constexpr (std::is_constructible_v<Cls, Arg<Cls>>)
        if (n == 1) return new Cls(at(0));
    if constexpr (std::is_constructible_v<Cls, Arg<Cls>, Arg<Cls>>)
        if (n == 2) return new Cls(at(0), at(1));
    if constexpr (std::is_constructible_v<Cls, Arg<Cls>, Arg<Cls>, Arg<Cls>>)
        if (n == 3) return new Cls(at(0), at(1), at(2));
    throw BadInput("no constructor of the class takes " + std::to_string(n) + " arguments");
}

template <class Cls> struct Method {
    std::string name;
    std::function<void(Cls&, const Json&, Out&)> run;  // decode, call, encode (as JSON)
};

// none: the problem declares the method void; what it returns anyway is not an answer
// (LeetCode's driver calls it as a statement and prints null)
template <class Cls, class M> Method<Cls> method(const char* name, M m, bool none = false) {
    using traits = method_traits<M>;
    using Args = typename traits::args;
    using R = typename traits::ret;
    return {name, [m, none](Cls& obj, const Json& argv, Out& out) {
                Built b;
                Spec spec;
                for (size_t i = 0; i < std::tuple_size_v<Args>; ++i) spec.passed.push_back(Param{std::to_string(i), "", "", ""});
                Json named;
                named.kind = Json::OBJ;
                for (size_t i = 0; i < argv.a.size(); ++i) named.o.emplace_back(std::to_string(i), argv.a[i]);
                Args args = decode_args<Args>(spec, named, b, std::make_index_sequence<std::tuple_size_v<Args>>());
                auto run = [&](auto&... xs) -> decltype(auto) {
                    if constexpr (traits::is_static) return m(xs...);
                    else return (obj.*m)(xs...);
                };
                if constexpr (std::is_void_v<R>) {
                    std::apply(run, args);
                    out.put("null");
                } else if (none) {  // not bound to a value: a returned container is not copied
                    std::apply(run, args);
                    out.put("null");
                } else {
                    auto value = std::apply(run, args);
                    encode(out, value, "", nullptr);
                }
            }};
}

template <class Cls> struct DesignEntry : Entry {
    std::vector<Method<Cls>> methods;
    struct Call : Prepared {
        const Json* ops = nullptr;
        const Json* argv = nullptr;
        Json own;  // the arguments, kept
        Out answer;
    };
    explicit DesignEntry(std::vector<Method<Cls>> m) : methods(std::move(m)) {}

    std::unique_ptr<Prepared> prepare(const Spec&, const Json& args) override {
        auto c = std::make_unique<Call>();
        c->own = args;
        c->ops = c->own.get("operations");
        c->argv = c->own.get("arguments");
        if (!c->ops || !c->argv) throw BadInput("a design call needs operations and arguments");
        return c;
    }

    void invoke(Prepared& p) override {
        Call& c = static_cast<Call&>(p);
        std::vector<std::shared_ptr<void>> keep;
        const auto& ops = c.ops->a;
        const auto& argv = c.argv->a;
        static const Json empty = [] { Json e; e.kind = Json::ARR; return e; }();
        Cls* obj = construct<Cls>(argv.empty() ? empty : argv[0], c.built, keep);
        Out& out = c.answer;
        out.put("[null");
        for (size_t i = 1; i < ops.size(); ++i) {
            const std::string& name = ops[i].s;
            const Json& a = i < argv.size() ? argv[i] : empty;
            auto found = std::find_if(methods.begin(), methods.end(), [&](auto& m) { return m.name == name; });
            if (found == methods.end()) throw std::invalid_argument("the class has no method " + name);
            out.put(',');
            found->run(*obj, a, out);
        }
        out.put(']');
        delete obj;
    }

    void finish(const Spec&, Prepared& p, Out& out, bool&) override {
        out.text = std::move(static_cast<Call&>(p).answer.text);
    }
};

template <class Cls> Entry* design_entry(std::vector<Method<Cls>> methods) { return new DesignEntry<Cls>(std::move(methods)); }

// --- round trips: encode, then decode, each on a new instance of the codec class ------------

inline const char* SCRAMBLED = "(scrambled by the judge)";

template <class Cls, class In, class E, class D> struct RoundtripEntry : Entry {
    E enc;
    D dec;
    using Token = std::remove_cvref_t<decltype(std::declval<E&>()(std::declval<Cls&>(), std::declval<In&>()))>;
    using Ans = std::remove_cvref_t<decltype(std::declval<D&>()(std::declval<Cls&>(), std::declval<Token&>()))>;
    struct Call : Prepared {
        std::optional<In> input;
        std::vector<const void*> parts;  // the input's tree nodes
        std::optional<Ans> answer;
        std::optional<Token> token;
    };
    RoundtripEntry(E e, D d) : enc(e), dec(d) {}

    std::unique_ptr<Prepared> prepare(const Spec& spec, const Json& args) override {
        auto c = std::make_unique<Call>();
        const Param& p = spec.passed.at(0);
        const Json* v = args.get(p.name);
        c->input.emplace(decode<In>(v ? *v : null_json(), p, c->built));
        return c;
    }

    void invoke(Prepared& p) override {
        Call& c = static_cast<Call&>(p);
        Cls first;
        c.token.emplace(enc(first, *c.input));
        scramble(c);
        Cls second;
        c.answer.emplace(dec(second, *c.token));
    }

    void scramble(Call& c) {
#ifdef JUDGE_TREENODE
        if constexpr (std::is_same_v<In, TreeNode*>) {
            std::vector<TreeNode*> stack{*c.input};
            while (!stack.empty()) {
                TreeNode* n = stack.back();
                stack.pop_back();
                if (!n) continue;
                c.parts.push_back(n);
                stack.push_back(n->left);
                stack.push_back(n->right);
                n->val = ~n->val;
                n->left = n->right = nullptr;
            }
            return;
        }
#endif
        if constexpr (std::is_same_v<In, std::vector<std::string>>) {
            size_t n = c.input->size();
            c.input->assign(n + 1, SCRAMBLED);
        }
    }

    void finish(const Spec& spec, Prepared& p, Out& out, bool&) override {
        Call& c = static_cast<Call&>(p);
#ifdef JUDGE_TREENODE
        if constexpr (std::is_same_v<Ans, TreeNode*>) {
            std::unordered_set<const void*> parts(c.parts.begin(), c.parts.end());
            std::vector<TreeNode*> stack{*c.answer};
            std::unordered_set<TreeNode*> seen;
            while (!stack.empty()) {
                TreeNode* n = stack.back();
                stack.pop_back();
                if (!n || !seen.insert(n).second || seen.size() > MAX_NODES) continue;
                if (parts.count(n))
                    return put_marker(out.text, "shared", "a tree that holds nodes of the input tree from deserialize(): it must build its answer from the string alone (the judge scrambles the input once serialize() has returned)");
                stack.push_back(n->left);
                stack.push_back(n->right);
            }
        }
#endif
        encode(out, *c.answer, spec.returns, &c.built);
        if constexpr (std::is_same_v<Token, std::string>) {
            if (!may_redo) return;
            std::string again = redo_elsewhere(*c.token);
            if (again != out.text) {
                out.text.clear();
                const char* why = again.empty() ? "failed" : "answered differently";
                put_marker(out.text, "state",
                           std::string("an answer that the string alone does not give: decode in a fresh copy of the solution, given the same string, ") +
                               why + "; the string must carry everything: keep no state between the calls (a static, a global)");
            }
        }
    }

    void redo(const Spec& spec, const std::string& token, Out& out) override {
        if constexpr (std::is_same_v<Token, std::string>) {
            Cls fresh;
            Token t = token;
            Ans answer = dec(fresh, t);
            encode(out, answer, spec.returns, nullptr);
        }
    }
};

template <class Cls, class In, class E, class D> Entry* roundtrip_entry(E e, D d) {
    return new RoundtripEntry<Cls, In, E, D>(e, d);
}

// --- the protocol loop ---------------------------------------------------------------------

class Harness {
    Channel ch;
    Spec spec;
    bool alone = false;
    std::string staged_text;
    std::vector<std::unique_ptr<Prepared>> ready, spent;
    std::unique_ptr<Json> staged;

    static std::string head(const char* op, const Json* id) {
        std::string s = "{\"op\":\"";
        s += op;
        s += "\",\"id\":";
        s += id && id->kind == Json::INT ? std::to_string(id->i) : "null";
        return s;
    }

    std::string error_reply(const Json* id, long long ns, bool answer, const Failure& f,
                            const std::pair<std::string, long long>& out) {
        std::string s = head("error", id);
        s += ",\"ns\":" + std::to_string(ns) + ",\"stdout\":";
        put_string(s, out.first);
        s += ",\"stdout_bytes\":" + std::to_string(out.second);
        s += std::string(",\"answer\":") + (answer ? "true" : "false") + ",\"type\":";
        put_string(s, f.type);
        s += ",\"message\":";
        put_string(s, f.message);
        s += ",\"traceback\":";
        put_string(s, f.type + ": " + f.message);
        return s + "}";
    }

    std::string left_running_reply(const Json* id, long long ns, int threads, int processes, const char* after) {
        std::string left;
        if (threads) left += std::to_string(threads) + (threads == 1 ? " thread" : " threads");
        if (threads && processes) left += " and ";
        if (processes) left += std::to_string(processes) + (processes == 1 ? " process" : " processes");
        std::string s = head("left_running", id);
        s += ",\"ns\":" + std::to_string(ns) + ",\"stdout\":";
        put_string(s, take_output().first);
        s += ",\"message\":";
        put_string(s, "it left " + left + " running after " + after + ": a solution's work must end when its call does");
        return s + "}";
    }

    std::unique_ptr<Prepared> from_stage() {
        if (!ready.empty()) {
            auto p = std::move(ready.back());
            ready.pop_back();
            return p;
        }
        return entry()->prepare(spec, *staged);
    }

public:
    Harness(Channel c, const Json& load) : ch(c) {
        const Json* s = load.get("spec");
        spec = read_spec(s ? *s : null_json());
        const Json* a = load.get("alone");
        alone = a && a->kind == Json::BOOL && a->b;
    }

    std::string loaded() {
        if (alone) {
            auto [threads, processes] = left_running();
            if (threads || processes) return left_running_reply(nullptr, 0, threads, processes, "loading");
        }
        std::string s = "{\"op\":\"loaded\",\"ns\":0,\"stdout\":";
        put_string(s, take_output().first);
        return s + "}";
    }

    std::string call(const Json& req) {
        const Json* id = req.get("id");
        const Json* st = req.get("staged");
        bool is_staged = st && st->kind == Json::BOOL && st->b;
        int repeat = 1;
        if (is_staged)
            if (const Json* r = req.get("repeat")) repeat = std::max(1, std::min<int>(REPEAT_MAX, (int)as_int(*r)));
        std::vector<std::unique_ptr<Prepared>> inputs;
        try {
            for (int k = 0; k < repeat; ++k) {
                if (is_staged) {
                    if (!staged) throw BadInput("a staged call before any stage");
                    inputs.push_back(from_stage());
                } else {
                    const Json* args = req.get("args");
                    inputs.push_back(entry()->prepare(spec, args ? *args : null_json()));
                }
            }
        } catch (...) {
            return error_reply(id, 0, false, current_failure(), take_output());
        }
        reset_output();
        current_call = id && id->kind == Json::INT ? (int)id->i : 0;
        long long cpu0 = now_ns(CLOCK_PROCESS_CPUTIME_ID);
        long long t0 = now_ns(CLOCK_MONOTONIC);
        try {
            for (auto& in : inputs) entry()->invoke(*in);
        } catch (...) {
            long long ns = now_ns(CLOCK_MONOTONIC) - t0;
            Failure f = current_failure();
            return error_reply(id, ns, false, f, take_output());
        }
        long long ns = (now_ns(CLOCK_MONOTONIC) - t0) / repeat;
        long long cpu = (now_ns(CLOCK_PROCESS_CPUTIME_ID) - cpu0) / repeat;
        if (alone) {
            auto [threads, processes] = left_running();
            if (threads || processes) return left_running_reply(id, ns, threads, processes, "its call returned");
        }
        auto out = take_output();
        Out value;
        bool returned = false;
        try {
            entry()->may_redo = !is_staged;
            entry()->finish(spec, *inputs[0], value, returned);
        } catch (...) {
            Failure f = current_failure();
            if (!f.type.empty() && (f.type == "judge::TooLarge" || f.type == "judge::NotPlain")) f.type = f.type.substr(7);
            return error_reply(id, ns, true, f, out);
        }
        if (is_staged)
            for (auto& in : inputs) spent.push_back(std::move(in));  // freed at the next stage, not in a call
        std::string s = head("result", id);
        s += ",\"ns\":" + std::to_string(ns) + ",\"cpu_ns\":" + std::to_string(cpu) + ",\"stdout\":";
        put_string(s, out.first);
        s += ",\"stdout_bytes\":" + std::to_string(out.second) + ",\"peak_kb\":" + std::to_string(peak_kb());
        if (repeat > 1) s += ",\"repeats\":" + std::to_string(repeat);
        if (returned) s += ",\"returned\":true";
        s += ",\"value\":";
        s += value.text;
        return s + "}";
    }

    void stage(const Json& req) {
        ready.clear();
        spent.clear();
        const Json* args = req.get("args");
        staged = std::make_unique<Json>(args ? *args : null_json());
        const Json* copies = req.get("copies");
        long long n = copies ? as_int(*copies) : 0;
        try {
            for (long long k = 0; k < n; ++k) ready.push_back(entry()->prepare(spec, *staged));
        } catch (...) {
            ready.clear();
        }
        ch.send("{\"op\":\"staged\"}");
    }

    [[noreturn]] void serve() {
        ch.send(loaded());
        std::string body;
        while (true) {
            if (!ch.receive(body)) _exit(0);
            Json req;
            try {
                req = parse(body);
            } catch (...) {
                ch.send("{\"op\":\"error\",\"id\":null,\"type\":\"ProtocolError\",\"message\":\"a frame that is not JSON\",\"traceback\":\"\"}");
                continue;
            }
            std::string op = req.str("op");
            if (op == "bye") {
                ch.send("{\"op\":\"bye\"}");
                _exit(0);
            } else if (op == "call") {
                ch.send(call(req));
            } else if (op == "batch") {
                if (const Json* calls = req.get("calls"))
                    for (auto& one : calls->a) {
                        std::string answer = call(one);
                        ch.send(answer);
                        if (answer.rfind("{\"op\":\"left_running\"", 0) == 0) break;
                    }
            } else if (op == "stage") {
                stage(req);
            } else {
                ch.send("{\"op\":\"error\",\"id\":null,\"type\":\"ProtocolError\",\"message\":\"unknown op\",\"traceback\":\"\"}");
            }
        }
    }
};

// Before the solution's static objects are made: the channel kept on private fds, the
// solution's output sent to a memory file, the crash handlers in place.
struct Setup {
    Channel ch;
    Setup() {
        ch.in = fcntl(0, F_DUPFD_CLOEXEC, 3);
        ch.out = fcntl(1, F_DUPFD_CLOEXEC, 3);
        real_stderr = fcntl(2, F_DUPFD_CLOEXEC, 3);
        int null = open("/dev/null", O_RDWR);
        dup2(null, 0);
        close(null);
        capture_fd = memfd_create("output", MFD_CLOEXEC);
        dup2(capture_fd, 1);
        dup2(capture_fd, 2);
        on_fatal_signals();
    }
};

inline Setup& setup() {
    static Setup s;
    return s;
}

// made first: this file's static objects are made before the solution's
inline Setup& judge_setup_now = setup();

}  // namespace judge

int main(int argc, char** argv) {
    judge::Setup& s = judge::setup();
    std::string text;
    {
        std::ifstream f("/judge/load.json", std::ios::binary);
        text.assign(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
    }
    judge::Json load = judge::parse(text);
    if (!judge::entry()) {
        s.ch.send("{\"op\":\"load_error\",\"kind\":\"entry\",\"message\":\"no entry point was registered\",\"stdout\":\"\"}");
        _exit(0);
    }
    if (argc > 1 && std::string(argv[1]) == "--redo") {  // a round trip's decode, afresh
        std::string token;
        if (!s.ch.receive(token)) _exit(1);
        const judge::Json* spec = load.get("spec");
        judge::Out out;
        try {
            judge::entry()->redo(judge::read_spec(spec ? *spec : judge::null_json()), token, out);
        } catch (...) {
            _exit(1);
        }
        s.ch.send(out.text);
        _exit(0);
    }
    judge::Harness(s.ch, load).serve();
}
