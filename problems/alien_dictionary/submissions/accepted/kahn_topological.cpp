// Kahn's topological sort over letter-order edges from neighbouring words
class Solution {
public:
    string alienOrder(vector<string>& words) {
        bool present[26] = {};
        for (auto& w : words) for (char c : w) present[c - 'a'] = true;
        vector<set<int>> adj(26);
        int indeg[26] = {};
        for (size_t i = 0; i + 1 < words.size(); i++) {
            const string& a = words[i];
            const string& b = words[i + 1];
            size_t n = min(a.size(), b.size()), j = 0;
            while (j < n && a[j] == b[j]) j++;
            if (j == n) {
                if (a.size() > b.size()) return "";
                continue;
            }
            int u = a[j] - 'a', v = b[j] - 'a';
            if (adj[u].insert(v).second) indeg[v]++;
        }
        queue<int> q;
        int total = 0;
        for (int c = 0; c < 26; c++) if (present[c]) { total++; if (!indeg[c]) q.push(c); }
        string out;
        while (!q.empty()) {
            int u = q.front(); q.pop();
            out += char('a' + u);
            for (int v : adj[u]) if (--indeg[v] == 0) q.push(v);
        }
        return (int)out.size() == total ? out : "";
    }
};
