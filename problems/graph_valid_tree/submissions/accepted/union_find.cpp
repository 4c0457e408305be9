// Union-find: n-1 edges and no cycle
class Solution {
    vector<int> p;
    int find(int x) { while (p[x] != x) x = p[x] = p[p[x]]; return x; }
public:
    bool validTree(int n, vector<vector<int>>& edges) {
        if ((int)edges.size() != n - 1) return false;
        p.resize(n);
        iota(p.begin(), p.end(), 0);
        for (auto& e : edges) {
            int a = find(e[0]), b = find(e[1]);
            if (a == b) return false;
            p[a] = b;
        }
        return true;
    }
};
