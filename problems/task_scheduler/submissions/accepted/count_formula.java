// Counting: (maxCount - 1) * (n + 1) + number of tasks with maxCount, at least the task count.
class Solution {
    public int leastInterval(char[] tasks, int n) {
        int[] count = new int[26];
        for (char c : tasks) count[c - 'A']++;
        int max = 0, withMax = 0;
        for (int c : count) {
            if (c > max) { max = c; withMax = 1; }
            else if (c == max) withMax++;
        }
        return Math.max(tasks.length, (max - 1) * (n + 1) + withMax);
    }
}
