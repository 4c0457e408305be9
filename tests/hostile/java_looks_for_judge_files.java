// expect: accepted
// Reads /etc/passwd (there, and harmless) and searches the file system for the judge's
// files (a problem's reference and cases, the harness's source): none may be there. If
// one is found the answers turn wrong, so the verdict tells.
import java.io.File;
import java.nio.file.*;

class Solution {
    static boolean found = false;

    static {
        try {
            Files.readAllLines(Paths.get("/etc/passwd"));
        } catch (Exception e) {
            // unreadable is fine too
        }
        look(new File("/"), 0);
    }

    static void look(File dir, int depth) {
        if (depth > 12 || found) return;
        String path = dir.getPath();
        if (path.equals("/proc") || path.equals("/sys") || path.equals("/dev")) return;
        File[] entries = dir.listFiles();
        if (entries == null) return;
        for (File f : entries) {
            String name = f.getName();
            if (name.equals("reference.py") || name.equals("cases.py") || name.equals("problem.toml")
                    || name.equals("Harness.java") || name.equals("codec.py")) {
                found = true;
                return;
            }
            if (f.isDirectory() && !Files.isSymbolicLink(f.toPath())) look(f, depth + 1);
        }
    }

    public int search(int[] nums, int target) {
        if (found) return -2;
        int lo = 0, hi = nums.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (nums[mid] == target) return mid;
            if (nums[mid] < target) lo = mid + 1; else hi = mid - 1;
        }
        return -1;
    }
}
