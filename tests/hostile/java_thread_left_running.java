// expect: runtime_error
class Solution {
    public int search(int[] nums, int target) {
        Thread spin = new Thread(() -> {
            long x = 0;
            for (;;) x++;
        });
        spin.setDaemon(true);
        spin.start();
        for (int i = 0; i < nums.length; i++) if (nums[i] == target) return i;
        return -1;
    }
}
