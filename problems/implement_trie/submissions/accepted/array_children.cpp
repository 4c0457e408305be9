// Trie with 26-child arrays
class Trie {
    struct N { N* c[26] = {}; bool end = false; };
    N* root = new N();
    N* walk(const string& s) {
        N* n = root;
        for (char ch : s) { n = n->c[ch - 'a']; if (!n) return nullptr; }
        return n;
    }
public:
    Trie() {}
    void insert(string word) {
        N* n = root;
        for (char ch : word) {
            if (!n->c[ch - 'a']) n->c[ch - 'a'] = new N();
            n = n->c[ch - 'a'];
        }
        n->end = true;
    }
    bool search(string word) { N* n = walk(word); return n && n->end; }
    bool startsWith(string prefix) { return walk(prefix) != nullptr; }
};
