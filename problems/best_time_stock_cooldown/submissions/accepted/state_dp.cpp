// State machine DP: holding, just sold, resting
class Solution {
public:
    int maxProfit(vector<int>& prices) {
        long hold = INT_MIN, sold = 0, rest = 0;
        for (int p : prices) {
            long h = max(hold, rest - p);
            long s = hold + p;
            long r = max(rest, sold);
            hold = h; sold = s; rest = r;
        }
        return (int)max(sold, rest);
    }
};
