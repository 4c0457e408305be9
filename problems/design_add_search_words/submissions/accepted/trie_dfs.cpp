// Trie; '.' branches into every child
class WordDictionary {
    struct T { T* c[26] = {}; bool end = false; };
    T* root = new T();
    bool find(T* n, const string& w, size_t i) {
        if (!n) return false;
        if (i == w.size()) return n->end;
        if (w[i] == '.') {
            for (auto* ch : n->c) if (ch && find(ch, w, i + 1)) return true;
            return false;
        }
        return find(n->c[w[i] - 'a'], w, i + 1);
    }
public:
    WordDictionary() {}
    void addWord(string word) {
        T* n = root;
        for (char ch : word) {
            if (!n->c[ch - 'a']) n->c[ch - 'a'] = new T();
            n = n->c[ch - 'a'];
        }
        n->end = true;
    }
    bool search(string word) { return find(root, word, 0); }
};
