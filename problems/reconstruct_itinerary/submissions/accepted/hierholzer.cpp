// Hierholzer's algorithm with lexically sorted destinations
class Solution {
    unordered_map<string, vector<string>> adj;
    vector<string> route;
    void visit(const string& a) {
        auto& v = adj[a];
        while (!v.empty()) { string b = v.back(); v.pop_back(); visit(b); }
        route.push_back(a);
    }
public:
    vector<string> findItinerary(vector<vector<string>>& tickets) {
        for (auto& t : tickets) adj[t[0]].push_back(t[1]);
        for (auto& [k, v] : adj) sort(v.rbegin(), v.rend());
        visit("JFK");
        reverse(route.begin(), route.end());
        return route;
    }
};
