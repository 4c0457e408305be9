// Union-find counting successful unions
class Solution {
    vector<int> p;
    int find(int x) { while (p[x] != x) x = p[x] = p[p[x]]; return x; }
public:
    int countComponents(int n, vector<vector<int>>& edges) {
        p.resize(n);
        iota(p.begin(), p.end(), 0);
        int comps = n;
        for (auto& e : edges) {
            int a = find(e[0]), b = find(e[1]);
            if (a != b) { p[a] = b; comps--; }
        }
        return comps;
    }
};
