// Bellman-Ford limited to k+1 rounds
class Solution {
public:
    int findCheapestPrice(int n, vector<vector<int>>& flights, int src, int dst, int k) {
        const int INF = INT_MAX;
        vector<int> dist(n, INF); dist[src] = 0;
        for (int i = 0; i <= k; i++) {
            vector<int> nd = dist;
            for (auto& f : flights)
                if (dist[f[0]] != INF && dist[f[0]] + f[2] < nd[f[1]]) nd[f[1]] = dist[f[0]] + f[2];
            dist = nd;
        }
        return dist[dst] == INF ? -1 : dist[dst];
    }
};
