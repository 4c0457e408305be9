// Count of each point; a query walks the points on its column
class DetectSquares {
    map<pair<int,int>, int> cnt;
    unordered_map<int, unordered_map<int,int>> byX;
public:
    DetectSquares() {}
    void add(vector<int>& point) { byX[point[0]][point[1]]++; }
    int count(vector<int>& point) {
        int x = point[0], y = point[1], res = 0;
        auto it = byX.find(x);
        if (it == byX.end()) return 0;
        for (auto& [y2, c] : it->second) {
            if (y2 == y) continue;
            int d = y2 - y;
            for (int x2 : {x + d, x - d}) {
                auto jt = byX.find(x2);
                if (jt == byX.end()) continue;
                auto a = jt->second.find(y), b = jt->second.find(y2);
                if (a != jt->second.end() && b != jt->second.end()) res += c * a->second * b->second;
            }
        }
        return res;
    }
};
