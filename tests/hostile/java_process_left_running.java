// expect: runtime_error
// Running a program is refused (a SecurityException): no child can outlive its call.
class Solution {
    public int search(int[] nums, int target) {
        try {
            new ProcessBuilder("sh", "-c", "while :; do :; done").start();
        } catch (java.io.IOException e) {
            return -1;
        }
        for (int i = 0; i < nums.length; i++) if (nums[i] == target) return i;
        return -1;
    }
}
