// expect: runtime_error
import java.lang.reflect.Field;

class Solution {
    public int search(int[] nums, int target) {
        try {
            Class<?> c = Class.forName("sun.misc.Unsafe");
            Field f = c.getDeclaredField("theUnsafe");
            f.setAccessible(true);
            Object unsafe = f.get(null);
            c.getMethod("putAddress", long.class, long.class).invoke(unsafe, 0L, 42L);
        } catch (ReflectiveOperationException e) {
            throw new RuntimeException(e);
        }
        return -1;
    }
}
