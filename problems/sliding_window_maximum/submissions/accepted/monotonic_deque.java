// Monotonic deque of indices with decreasing values.
class Solution {
    public int[] maxSlidingWindow(int[] nums, int k) {
        int n = nums.length;
        int[] res = new int[n - k + 1], dq = new int[n];
        int head = 0, tail = 0;
        for (int i = 0; i < n; i++) {
            while (tail > head && nums[dq[tail - 1]] <= nums[i]) tail--;
            dq[tail++] = i;
            if (dq[head] <= i - k) head++;
            if (i >= k - 1) res[i - k + 1] = nums[dq[head]];
        }
        return res;
    }
}
