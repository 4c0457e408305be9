// expect: too_slow time_limit_exceeded
// A quadratic search that tries to reach the harness and zero what it can find of its
// clocks: the harness's clock is not the solution's to set, so it is judged slow.
import java.lang.reflect.*;

class Solution {
    static {
        try {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            Class<?> harness = Class.forName("Harness", false, loader);
            for (Field f : harness.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == long.class) {
                    f.setAccessible(true);
                    f.setLong(null, 0L);
                }
            }
        } catch (Throwable e) {
            // nothing reachable
        }
    }

    public int search(int[] nums, int target) {
        int found = -1;
        for (int i = 0; i < nums.length; i++)
            for (int j = 0; j < nums.length; j++)
                if (nums[j] == target && i == j) found = j;
        return found;
    }
}
