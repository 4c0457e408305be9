// Sliding window keeping the largest single-letter count seen; the window never shrinks.
class Solution {
    public int characterReplacement(String s, int k) {
        int[] count = new int[26];
        int left = 0, maxCount = 0;
        for (int right = 0; right < s.length(); right++) {
            maxCount = Math.max(maxCount, ++count[s.charAt(right) - 'A']);
            if (right - left + 1 - maxCount > k) count[s.charAt(left++) - 'A']--;
        }
        return s.length() - left;
    }
}
