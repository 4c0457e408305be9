// expect: accepted
class Solution {
    public int search(int[] nums, int target) {
        int[] found = {-1};
        Thread worker = new Thread(() -> {
            int lo = 0, hi = nums.length - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (nums[mid] == target) { found[0] = mid; return; }
                if (nums[mid] < target) lo = mid + 1; else hi = mid - 1;
            }
        });
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException e) {
            throw new RuntimeException(e);
        }
        return found[0];
    }
}
