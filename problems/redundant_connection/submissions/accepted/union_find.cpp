// Union-find: the first edge joining two already-connected nodes
class Solution {
    vector<int> p;
    int find(int x) { while (p[x] != x) x = p[x] = p[p[x]]; return x; }
public:
    vector<int> findRedundantConnection(vector<vector<int>>& edges) {
        p.resize(edges.size() + 1);
        iota(p.begin(), p.end(), 0);
        for (auto& e : edges) {
            int a = find(e[0]), b = find(e[1]);
            if (a == b) return e;
            p[a] = b;
        }
        return {};
    }
};
