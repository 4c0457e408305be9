// Grade-school multiplication into a digit array
class Solution {
public:
    string multiply(string num1, string num2) {
        int m = num1.size(), n = num2.size();
        vector<int> d(m + n, 0);
        for (int i = m - 1; i >= 0; i--)
            for (int j = n - 1; j >= 0; j--) {
                int s = (num1[i] - '0') * (num2[j] - '0') + d[i + j + 1];
                d[i + j + 1] = s % 10;
                d[i + j] += s / 10;
            }
        string r;
        for (int x : d) if (!(r.empty() && x == 0)) r += char('0' + x);
        return r.empty() ? "0" : r;
    }
};
