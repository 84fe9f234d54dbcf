// Placeholder replaced below once the e2e harness exists.
export default function setup() {}
