import fc from 'fast-check';

// Property tests explore with a fixed seed so every run of the suite checks the same cases.
fc.configureGlobal({ seed: 20_261_123 });
