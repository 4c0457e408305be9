// expect: accepted
// Reads what it can: /etc/passwd is there, the judge's files (the problem folder, its
// reference and cases) are not. Finding one of them, or not finding /etc/passwd, would
// answer -2 (a wrong answer); as it is, it answers right.
class Solution {
public:
    int search(vector<int>& nums, int target) {
        for (const char* path : {"/work/main/problems/binary_search/reference.py", "problems/binary_search/cases.py",
                                 "/judge/reference.py", "/judge/cases.py", "reference.py"}) {
            ifstream f(path);
            if (f) return -2;
        }
        ifstream passwd("/etc/passwd");
        string line;
        if (!passwd || !getline(passwd, line)) return -2;
        auto at = lower_bound(nums.begin(), nums.end(), target);
        return at != nums.end() && *at == target ? int(at - nums.begin()) : -1;
    }
};
