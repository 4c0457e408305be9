// Ordered counts; each group starts at the smallest card left
class Solution {
public:
    bool isNStraightHand(vector<int>& hand, int groupSize) {
        if (hand.size() % groupSize) return false;
        map<int,int> cnt;
        for (int h : hand) cnt[h]++;
        while (!cnt.empty()) {
            int first = cnt.begin()->first;
            for (int v = first; v < first + groupSize; v++) {
                auto it = cnt.find(v);
                if (it == cnt.end()) return false;
                if (--it->second == 0) cnt.erase(it);
            }
        }
        return true;
    }
};
