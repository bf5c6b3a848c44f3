package io.laterreporting.bench; public class Benchmark { public static void main(String[] a){} }
