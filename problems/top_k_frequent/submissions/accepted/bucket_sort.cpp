// Bucket sort by frequency
class Solution {
public:
    vector<int> topKFrequent(vector<int>& nums, int k) {
        unordered_map<int,int> cnt;
        for (int x : nums) cnt[x]++;
        vector<vector<int>> buckets(nums.size() + 1);
        for (auto& [v, c] : cnt) buckets[c].push_back(v);
        vector<int> res;
        for (int f = nums.size(); f >= 1 && (int)res.size() < k; f--)
            for (int v : buckets[f]) { if ((int)res.size() == k) break; res.push_back(v); }
        return res;
    }
};
