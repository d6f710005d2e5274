//! The chart drawn by a real Chromium: headless, it screenshots the SVG file, and the test reads
//! the pixels back. This catches what a well-formed document can still get wrong: a pattern that
//! does not resolve draws nothing, a wrong namespace draws nothing at all.
//!
//! Chromium is a requirement of the test suite, installed by `scripts/test`; without it this
//! test fails, saying so.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use sero_report::stacked_bars_svg;

use crate::{number_attribute, sample_chart, with_class};

const WINDOW_WIDTH: u32 = 900;
const WINDOW_HEIGHT: u32 = 500;
/// Far above the second or two a screenshot takes, to bound a hung browser.
const TIMEOUT: Duration = Duration::from_secs(60);

#[test]
fn chromium_draws_the_chart() {
    let chromium = find_chromium().unwrap_or_else(|| {
        panic!(
            "Chromium is needed to check that charts render, and none was found \
             (`chromium` or `chromium-browser` on PATH, or /usr/bin/chromium). \
             Run `scripts/test`, which installs it, or `apt-get install chromium`."
        )
    });
    let temp = tempfile::tempdir().expect("a temporary folder");
    let svg = stacked_bars_svg(&sample_chart());
    let chart_path = temp.path().join("chart.svg");
    std::fs::write(&chart_path, &svg).expect("the chart is written");

    let pixels = screenshot(&chromium, temp.path(), &chart_path);
    assert_eq!((pixels.width, pixels.height), (WINDOW_WIDTH, WINDOW_HEIGHT));

    // The chart is mostly white paper: here, with Debian's fonts, 7.6% of the window is drawn,
    // and 2.5% when the text is drawn but the patterns do not resolve. A blank page covers
    // none, and a page drawn all dark (say, an error page) nearly all.
    let total = pixels.width as usize * pixels.height as usize;
    let non_white = (0..pixels.height)
        .flat_map(|y| (0..pixels.width).map(move |x| (x, y)))
        .filter(|&(x, y)| !is_white(pixels.at(x, y)))
        .count();
    let share = non_white as f64 / total as f64;
    assert!(
        (0.04..0.5).contains(&share),
        "{:.1}% of the screenshot is not white",
        share * 100.0
    );

    // The first segment of the first bar is filled with its pattern: its middle is not paper,
    // and much of it is the pattern's background colour, Okabe–Ito orange (#E69F00).
    let document = roxmltree::Document::parse(&svg).expect("well-formed");
    let segment = with_class(&document, "segment")[0];
    let (left, top) = (
        number_attribute(segment, "x"),
        number_attribute(segment, "y"),
    );
    let (width, height) = (
        number_attribute(segment, "width"),
        number_attribute(segment, "height"),
    );
    let middle = pixels.at((left + width / 2.0) as u32, (top + height / 2.0) as u32);
    assert!(
        !is_white(middle),
        "the middle of the first segment is {middle:?}"
    );
    let inside: Vec<[u8; 3]> = ((top + 2.0) as u32..(top + height - 2.0) as u32)
        .flat_map(|y| ((left + 2.0) as u32..(left + width - 2.0) as u32).map(move |x| (x, y)))
        .map(|(x, y)| pixels.at(x, y))
        .collect();
    let orange = inside
        .iter()
        .filter(|&&pixel| near(pixel, [0xE6, 0x9F, 0x00]))
        .count();
    assert!(
        orange * 4 >= inside.len(),
        "{orange} of the first segment's {} inner pixels are its orange",
        inside.len()
    );
}

/// Chromium on PATH under either of its usual names, or where Debian puts it.
fn find_chromium() -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    ["chromium", "chromium-browser"]
        .iter()
        .flat_map(|name| std::env::split_paths(&path).map(move |folder| folder.join(name)))
        .chain([PathBuf::from("/usr/bin/chromium")])
        .find(|candidate| candidate.is_file())
}

struct Pixels {
    width: u32,
    height: u32,
    /// RGB rows, top to bottom.
    rgb: Vec<u8>,
}

impl Pixels {
    fn at(&self, x: u32, y: u32) -> [u8; 3] {
        let start = (y as usize * self.width as usize + x as usize) * 3;
        [self.rgb[start], self.rgb[start + 1], self.rgb[start + 2]]
    }
}

fn is_white(pixel: [u8; 3]) -> bool {
    pixel.iter().all(|&channel| channel >= 245)
}

fn near(pixel: [u8; 3], colour: [u8; 3]) -> bool {
    pixel.iter().zip(colour).all(|(&a, b)| a.abs_diff(b) <= 24)
}

/// Runs Chromium headless on `chart`, in a fresh profile under `temp`, and decodes its PNG.
fn screenshot(chromium: &Path, temp: &Path, chart: &Path) -> Pixels {
    let shot = temp.join("shot.png");
    let log = temp.join("chromium.log");
    let log_file = File::create(&log).expect("the log file is created");
    let mut child = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--hide-scrollbars",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .arg(format!(
            "--user-data-dir={}",
            temp.join("profile").display()
        ))
        .arg(format!("--window-size={WINDOW_WIDTH},{WINDOW_HEIGHT}"))
        .arg(format!("--screenshot={}", shot.display()))
        .arg(format!("file://{}", chart.display()))
        .stdin(Stdio::null())
        .stdout(log_file.try_clone().expect("the log file is shared"))
        .stderr(log_file)
        .spawn()
        .unwrap_or_else(|error| panic!("{} cannot be started: {error}", chromium.display()));
    let status = wait_with_timeout(&mut child, TIMEOUT);
    let output = std::fs::read_to_string(&log).unwrap_or_default();
    let status = status.unwrap_or_else(|| {
        panic!("Chromium did not finish within {TIMEOUT:?} and was killed; its output:\n{output}")
    });
    assert!(
        status.success(),
        "Chromium failed with {status}; its output:\n{output}"
    );
    let bytes = std::fs::read(&shot).unwrap_or_else(|error| {
        panic!(
            "no screenshot at {} ({error}); Chromium said:\n{output}",
            shot.display()
        )
    });

    let mut decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    decoder.set_transformations(png::Transformations::normalize_to_color8());
    let mut reader = decoder.read_info().expect("the screenshot is a PNG");
    let mut buffer = vec![
        0;
        reader
            .output_buffer_size()
            .expect("the screenshot fits in memory")
    ];
    let frame = reader
        .next_frame(&mut buffer)
        .expect("the screenshot decodes");
    let samples = match frame.color_type {
        png::ColorType::Rgb => 3,
        png::ColorType::Rgba => 4,
        other => panic!("Chromium's screenshot is {other:?}, not RGB"),
    };
    let rgb = buffer[..frame.buffer_size()]
        .chunks_exact(frame.line_size)
        .flat_map(|row| row[..frame.width as usize * samples].chunks_exact(samples))
        .flat_map(|pixel| [pixel[0], pixel[1], pixel[2]])
        .collect();
    Pixels {
        width: frame.width,
        height: frame.height,
        rgb,
    }
}

/// Waits for `child`, killing it after `timeout`; `None` when it had to be killed.
fn wait_with_timeout(child: &mut std::process::Child, timeout: Duration) -> Option<ExitStatus> {
    let deadline = Instant::now() + timeout;
    loop {
        if let Some(status) = child.try_wait().expect("the child can be waited for") {
            return Some(status);
        }
        if Instant::now() >= deadline {
            // Killing may race with the child's own exit; either way it is gone after `wait`.
            let _ = child.kill();
            let _ = child.wait();
            return None;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}
