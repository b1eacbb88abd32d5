"""Documents in, structure out: loading, cleaning, segmentation and extraction of tasks, units and targets."""
