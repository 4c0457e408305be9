// Frames of the most frequent task: (maxf - 1) * (n + 1) + count of tasks at maxf
class Solution {
public:
    int leastInterval(vector<char>& tasks, int n) {
        int cnt[26] = {};
        for (char t : tasks) cnt[t - 'A']++;
        int maxf = *max_element(cnt, cnt + 26), atMax = 0;
        for (int c : cnt) if (c == maxf) atMax++;
        return max((int)tasks.size(), (maxf - 1) * (n + 1) + atMax);
    }
};
