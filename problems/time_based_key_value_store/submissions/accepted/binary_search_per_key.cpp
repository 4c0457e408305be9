// Per-key list of (timestamp, value), binary searched with upper_bound
class TimeMap {
    unordered_map<string, vector<pair<int,string>>> m;
public:
    TimeMap() {}
    void set(string key, string value, int timestamp) { m[key].push_back({timestamp, value}); }
    string get(string key, int timestamp) {
        auto it = m.find(key);
        if (it == m.end()) return "";
        auto& v = it->second;
        auto p = upper_bound(v.begin(), v.end(), timestamp,
                             [](int t, const pair<int,string>& e) { return t < e.first; });
        if (p == v.begin()) return "";
        return prev(p)->second;
    }
};
