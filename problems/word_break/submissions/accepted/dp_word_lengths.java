// DP over prefixes, trying only the dictionary's word lengths.
class Solution {
    public boolean wordBreak(String s, List<String> wordDict) {
        Set<String> dict = new HashSet<>(wordDict);
        Set<Integer> lens = new TreeSet<>();
        for (String w : wordDict) lens.add(w.length());
        int n = s.length();
        boolean[] dp = new boolean[n + 1];
        dp[0] = true;
        for (int i = 1; i <= n; i++) {
            for (int len : lens) {
                if (len > i) break;
                if (dp[i - len] && dict.contains(s.substring(i - len, i))) { dp[i] = true; break; }
            }
        }
        return dp[n];
    }
}
