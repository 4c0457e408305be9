// Monotonic stack of indices still waiting for a warmer day.
class Solution {
    public int[] dailyTemperatures(int[] temperatures) {
        int n = temperatures.length;
        int[] res = new int[n], stack = new int[n];
        int top = -1;
        for (int i = 0; i < n; i++) {
            while (top >= 0 && temperatures[stack[top]] < temperatures[i]) {
                int j = stack[top--];
                res[j] = i - j;
            }
            stack[++top] = i;
        }
        return res;
    }
}
