// expect: runtime_error
class Solution {
    static {
        System.exit(1);
    }

    public int search(int[] nums, int target) {
        return -1;
    }
}
