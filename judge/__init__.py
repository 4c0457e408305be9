"""judge: a local judge for interview coding rounds."""
