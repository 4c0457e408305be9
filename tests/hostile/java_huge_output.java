// expect: accepted
class Solution {
    public int search(int[] nums, int target) {
        String noise = "noise ".repeat(50);
        for (int i = 0; i < 2000; i++) System.out.println(noise);
        System.err.print("more noise\n");
        int lo = 0, hi = nums.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (nums[mid] == target) return mid;
            if (nums[mid] < target) lo = mid + 1; else hi = mid - 1;
        }
        return -1;
    }
}
