"""People, their API keys, their adapter versions and their feedback: the stored state behind
"one assistant per person" (the feedback stage of the pipeline, between serve and retrain)."""
